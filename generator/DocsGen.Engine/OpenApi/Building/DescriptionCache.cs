using System.Collections.Concurrent;
using DocsGen.Markdown;

namespace DocsGen.OpenApi.Building;

/// <summary>Big specs repeat the same descriptions thousands of times; render each text once (operations build in parallel).</summary>
internal sealed class DescriptionCache
{
    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return _html.GetOrAdd(markdown, UntrustedMarkdown.ToHtml);
    }
}
