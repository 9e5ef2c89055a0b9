using System.Text.RegularExpressions;
using Scriban;

namespace DocsGen.Rendering;

/// <summary>
/// The template function <c>html.strip</c>, as Scriban computes it (same pattern, options and
/// timeout) but with the regex built once instead of on every call.
/// </summary>
internal static class HtmlStrip
{
    // Scriban's pattern for html.strip: scripts, comments, styles, then any tag.
    private const string Tags = """<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|="[^"]*"|=[^'"][^\s>]*)*>""";

    private static readonly Regex Pattern = new(Tags, RegexOptions.IgnoreCase | RegexOptions.Singleline, new TemplateContext().RegexTimeOut);

    public static string? Strip(string? text) => string.IsNullOrEmpty(text) ? text : Pattern.Replace(text, string.Empty);
}
