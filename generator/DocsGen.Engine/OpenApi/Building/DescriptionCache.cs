using DocsGen.Markdown;

namespace DocsGen.OpenApi.Building;

/// <summary>Big specs repeat the same descriptions thousands of times; render each text once.</summary>
internal sealed class DescriptionCache
{
    private readonly Dictionary<string, string> _html = new(StringComparer.Ordinal);

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (!_html.TryGetValue(markdown, out var html))
        {
            html = UntrustedMarkdown.ToHtml(markdown);
            _html[markdown] = html;
        }

        return html;
    }
}
