using System.Text.RegularExpressions;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// Hugo shortcodes in the hugo dialect. Hugo expands them before Markdown, code blocks included, so every use is
/// reported where it is written (a closing tag belongs to its opening one); DocsGen has no templates to run them, and
/// the text stays as written rather than vanish. A commented shortcode (<c>{{&lt;/* x */&gt;}}</c>) is how Hugo pages show
/// one as text: it becomes <c>{{&lt; x &gt;}}</c>, as Hugo prints it, and is not a use.
/// </summary>
internal static partial class HugoShortcodes
{
    // An opening tag: "{{<" or "{{%" not followed by "/*" (a comment) or "/" (a closing tag).
    [GeneratedRegex("""\{\{(?<delimiter>[<%])(?!\s*/)\s*(?<name>[^\s<>%}]*)""")]
    private static partial Regex Use();

    [GeneratedRegex("""\{\{([<%])/\*(?<inner>.*?)\*/([>%])\}\}""", RegexOptions.Singleline)]
    private static partial Regex Commented();

    public static void Report(GuideSource source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        var lineStarts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        foreach (Match use in Use().Matches(text))
        {
            var line = lineStarts.BinarySearch(use.Index);
            line = line >= 0 ? line : ~line - 1;
            var delimiter = use.Groups["delimiter"].Value;
            var closing = delimiter == "<" ? ">" : "%";
            diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported,
                $"Hugo shortcode '{{{{{delimiter} {use.Groups["name"].Value} {closing}}}}}' is not rendered; it is shown as text.",
                new SourceLocation(source.DisplayPath, source.FileLine(line), use.Index - lineStarts[line] + 1),
                "Replace it with Markdown (a link, a > [!NOTE] alert, a fenced code block), or remove it.");
        }
    }

    /// <summary>Commented shortcodes printed as Hugo prints them; the text keeps its lines.</summary>
    public static GuideSource Uncomment(GuideSource source) =>
        source.Text.Contains("/*", StringComparison.Ordinal)
            ? source with { Text = Commented().Replace(source.Text, m => "{{" + m.Groups[1].Value + m.Groups["inner"].Value + m.Groups[2].Value + "}}") }
            : source;
}
