using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// Renders Markdown written by someone else (OpenAPI descriptions) so it cannot run script:
/// raw HTML is cut down to a safe allowlist (<see cref="UntrustedHtml"/>), and links or images whose
/// scheme is not http, https or mailto point to "#".
/// </summary>
public static class UntrustedMarkdown
{
    // No generic attributes ({onclick=...}): only extensions that cannot add markup of their own.
    private static readonly MarkdownPipeline Pipeline = Extensions().DisableHtml().Build();
    private static readonly MarkdownPipeline WithRawHtml = Extensions().Build();

    private static MarkdownPipelineBuilder Extensions() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .UseFootnotes();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        // Raw HTML is rare (Stripe writes its descriptions in it): only then is the output parsed again to clean it.
        var pipeline = markdown.Contains('<') ? WithRawHtml : Pipeline;
        try
        {
            return Render(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Nested deeper than Markdig allows (hundreds of '>' or '['): shown as the text it is.
            return "<p>" + System.Net.WebUtility.HtmlEncode(markdown) + "</p>";
        }
    }

    private static string Render(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        var html = Markdig.Markdown.ToHtml(document, pipeline).Trim();
        var hasRawHtml = pipeline == WithRawHtml && (document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any());
        return hasRawHtml ? UntrustedHtml.Clean(html).Trim() : html;
    }

    /// <summary>Relative URLs, fragments, http, https and mailto are safe; any other scheme is not.</summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore tabs, newlines and leading control characters inside a scheme ("java\tscript:").
        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        var scheme = cleaned[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
