using System.Buffers;
using System.Text;
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

        return PlainParagraph(markdown) ?? MarkdigHtml(markdown);
    }

    /// <summary>What Markdig makes of <paramref name="markdown"/>, cleaned: the only path before <see cref="PlainParagraph"/>.</summary>
    internal static string MarkdigHtml(string markdown)
    {
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
        var (html, hasRawHtml) = Uncleaned(markdown, pipeline);
        return hasRawHtml ? UntrustedHtml.Clean(html).Trim() : html;
    }

    /// <summary>Markdig's HTML for a description with raw HTML, before it is cleaned (null without raw HTML): what the tests feed <see cref="UntrustedHtml"/>.</summary>
    internal static string? UncleanedRawHtml(string markdown)
    {
        try
        {
            var (html, hasRawHtml) = Uncleaned(markdown, WithRawHtml);
            return hasRawHtml ? html : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (string Html, bool HasRawHtml) Uncleaned(string markdown, MarkdownPipeline pipeline)
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
        return (html, hasRawHtml);
    }

    /// <summary>
    /// The HTML of a description that is one paragraph of plain prose, which is what Markdig makes of it, or null
    /// when the text could be anything else (about half of GitHub's descriptions are such prose). The rules are
    /// deliberately narrow: no character any extension of the pipeline reacts to (emphasis, code, links, autolinks,
    /// tables, footnotes, HTML, entities, escapes), no blank line (one paragraph), no white space at either end
    /// of a line (indented code, hard breaks), and each line starts with a letter or digit whose word is not
    /// followed by '.' or ')' (numbered, lettered and roman lists). Markdig escapes '"' in text and keeps soft
    /// line breaks as "\n".
    /// </summary>
    internal static string? PlainParagraph(string markdown)
    {
        var text = markdown.AsSpan().TrimEnd('\n');
        if (text.IsEmpty || text.ContainsAny(MarkdownSyntax) || text.Contains("\n\n", StringComparison.Ordinal)
            || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase) || text.Contains("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var line in text.EnumerateLines())
        {
            if (line.IsEmpty || line[^1] == ' ' || !char.IsAsciiLetterOrDigit(line[0]))
            {
                return null;
            }

            var word = line.IndexOfAnyExcept(AsciiLettersAndDigits);
            if (word >= 0 && line[word] is '.' or ')')
            {
                return null;
            }
        }

        var html = new StringBuilder(text.Length + 16).Append("<p>");
        foreach (var c in text)
        {
            _ = c == '"' ? html.Append("&quot;") : html.Append(c);
        }

        return html.Append("</p>").ToString();
    }

    // Everything the pipeline's parsers react to, besides line starts; and any white space or control character but
    // the plain space and line feed, whose handling differs (tabs, carriage returns, non-breaking spaces).
    private static readonly SearchValues<char> MarkdownSyntax = SearchValues.Create(
        "*_~^+=`\\[]!<>&|#@\t\r\f\v\0\u00a0\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

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
