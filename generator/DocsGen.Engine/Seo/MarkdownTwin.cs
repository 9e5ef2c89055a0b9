using System.Text;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// The Markdown version of a page, published beside it as <c>index.md</c> for tools and language models
/// that read Markdown better than HTML: guides as written (front matter dropped, title as H1, links
/// made absolute), generated pages as a Markdown rendering.
/// </summary>
internal static class MarkdownTwin
{
    public static string PathOf(Page page) => page.Url + "index.md";

    public static string UrlOf(SiteView site, Page page) => site.AbsoluteUrlOf(page) + "index.md";

    public static string For(SiteView site, Page page) => IsGuide(page)
        ? Guide(site, page)
        : Generated(page);

    /// <summary>Whether the page's twin is its guide text as written (<see cref="AppendGuide"/>), not a generated one.</summary>
    public static bool IsGuide(Page page) => page.Kind == PageKind.Guide && page.Markdown is not null;

    private static string Guide(SiteView site, Page page)
    {
        var builder = new StringBuilder();
        AppendGuide(site, page, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Appends the twin of a guide (<see cref="IsGuide"/>) to <paramref name="builder"/>: what <see cref="For"/> answers,
    /// without a string of it for a caller that only encodes it (the twins of a 10,000-page site were ~100 MB of strings
    /// and builders, a tenth of the build's allocation).
    /// </summary>
    public static void AppendGuide(SiteView site, Page page, StringBuilder builder)
    {
        var markdown = page.Markdown!.Replace("\r\n", "\n");
        var body = markdown.AsSpan(FrontMatterLength(markdown)).Trim('\n');
        var links = Rewrites(site, page);
        var firstLine = body.IndexOf('\n') is var end and >= 0 ? body[..end] : body;
        // Every rewrite starts at a "]": a first line without one reads the same after them, and the twin is made in one
        // copy of the text. (A 10,000-page site makes its twins beside the page rendering: every copy is CPU taken from it.)
        if (firstLine.Contains(']') || !CanRewriteInOnePass(links))
        {
            builder.Append(GuideByReplacing(site, page, body.ToString()));
            return;
        }

        // Like the HTML page: the title on top, unless the text already opens with that very heading.
        var opensWithTitle = firstLine.StartsWith("# ", StringComparison.Ordinal) && firstLine[2..].Trim().SequenceEqual(page.Title);
        builder.EnsureCapacity(builder.Length + body.Length + page.Title.Length + 8 + (links.Count * 64));
        if (!opensWithTitle)
        {
            builder.Append("# ").Append(page.Title).Append("\n\n");
        }

        AppendWithAbsoluteLinks(body, links, builder);
        builder.Append('\n');
    }

    /// <summary>The twin as the replacements of <see cref="WithAbsoluteLinks"/> make it, one link after another.</summary>
    private static string GuideByReplacing(SiteView site, Page page, string body)
    {
        body = WithAbsoluteLinks(site, page, body);
        var firstLine = body.IndexOf('\n') is var end and >= 0 ? body[..end] : body;
        return firstLine.StartsWith("# ", StringComparison.Ordinal) && firstLine[2..].Trim() == page.Title
            ? body + "\n"
            : $"# {page.Title}\n\n{body}\n";
    }

    /// <summary>
    /// Whether <see cref="For"/> gives <paramref name="page"/> its own Markdown back, as a kept API page must (its Markdown
    /// is the twin the build made). A generated page's twin is its Markdown when that opens with a heading and ends in
    /// one line break: told without making the twin (a copy of every API page's twin, ~160 ms of Kubernetes' cache write).
    /// </summary>
    internal static bool GivesBackMarkdown(SiteView site, Page page)
    {
        if (page.Markdown is not { } markdown)
        {
            return false;
        }

        if ((page.Kind == PageKind.Guide) || (page.Model is ApiOperation && page.Kind == PageKind.Operation) || (page.Model is ApiSchema && page.Kind == PageKind.Schema))
        {
            return For(site, page) == markdown;
        }

        return IsItsOwnTwin(markdown);
    }

    /// <summary>Markdown that <see cref="Generated"/> gives back as it is: it opens with a heading and ends in one line break.</summary>
    private static bool IsItsOwnTwin(string markdown) =>
        markdown.StartsWith("# ", StringComparison.Ordinal) && markdown.EndsWith('\n') && !markdown.EndsWith("\n\n", StringComparison.Ordinal);

    private static string Generated(Page page)
    {
        switch (page.Model)
        {
            case ApiOperation operation when page.Kind == PageKind.Operation:
                return ApiMarkdown.Operation(page.Title, operation);
            case ApiSchema schema when page.Kind == PageKind.Schema:
                return ApiMarkdown.Schema(page.Title, schema);
        }

        var builder = new StringBuilder();
        if (page.Markdown is { Length: > 0 } markdown)
        {
            if (IsItsOwnTwin(markdown))
            {
                return markdown;
            }

            if (!markdown.StartsWith("# ", StringComparison.Ordinal))
            {
                builder.Append("# ").Append(page.Title).Append("\n\n");
            }

            return builder.Append(markdown.Trim('\n')).Append('\n').ToString();
        }

        builder.Append("# ").Append(page.Title).Append('\n');
        if (page.Description is { Length: > 0 } description)
        {
            builder.Append('\n').Append(description.Trim()).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Front matter is build input, not content: the twin starts where the reader's text starts.</summary>
    internal static string WithoutFrontMatter(string text) => text[FrontMatterLength(text)..];

    /// <summary>How many characters of <paramref name="text"/> its front matter takes (0 without one).</summary>
    private static int FrontMatterLength(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return 0;
        }

        var at = 4;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text.AsSpan(at) : text.AsSpan(at, end - at);
            if (line.TrimEnd() is "---" or "...")
            {
                return end < 0 ? text.Length : end + 1;
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return 0;
    }

    /// <summary>
    /// Links the Markdown stage resolved (pages, assets, api: and schema: references) point at the published
    /// URL, so the twin works when read on its own. A textual replacement of the link target as written:
    /// cheap, and a target too ambiguous to find is simply left as written.
    /// </summary>
    private static string WithAbsoluteLinks(SiteView site, Page page, string body)
    {
        StringBuilder? builder = null;
        foreach (var (written, absolute) in Rewrites(site, page))
        {
            // A page without a link to rewrite (most of a big site's) is not copied into a builder and back.
            builder ??= new StringBuilder(body);

            builder.Replace("](" + written + ")", "](" + absolute + ")");
            builder.Replace("](" + written + " ", "](" + absolute + " ");
            builder.Replace("](<" + written + ">)", "](" + absolute + ")");
            builder.Replace("]: " + written + "\n", "]: " + absolute + "\n");
        }

        return builder?.ToString() ?? body;
    }

    /// <summary>The link targets to rewrite, as written and as published, in the order they are replaced: longest first.</summary>
    private static List<(string Written, string Absolute)> Rewrites(SiteView site, Page page)
    {
        var rewrites = new List<(string, string)>();
        foreach (var link in page.Links.Where(l => l.Resolved is not null && l.Kind is not (GuideLinkKind.External or GuideLinkKind.Anchor))
                     .DistinctBy(l => l.Written)
                     .OrderByDescending(l => l.Written.Length))
        {
            var absolute = Absolute(site, link.Resolved!);
            if (absolute != link.Written)
            {
                rewrites.Add((link.Written, absolute));
            }
        }

        return rewrites;
    }

    /// <summary>
    /// Whether one pass over the text, trying the links in order at each "]", replaces exactly what
    /// <see cref="WithAbsoluteLinks"/>'s replacements one link after another do. It does when no replacement can
    /// take part in another's match: no target holds a "]" (each match then holds one, at its start), and no
    /// published URL begins with "&lt;" or with any target as written, nor any target with a published URL.
    /// </summary>
    private static bool CanRewriteInOnePass(List<(string Written, string Absolute)> links)
    {
        foreach (var (written, absolute) in links)
        {
            if (written.Contains(']') || absolute.Contains(']') || absolute.StartsWith('<'))
            {
                return false;
            }

            foreach (var (other, _) in links)
            {
                if (absolute.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(absolute, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="body"/> with its link targets replaced in one pass (see <see cref="CanRewriteInOnePass"/>).</summary>
    private static void AppendWithAbsoluteLinks(ReadOnlySpan<char> body, List<(string Written, string Absolute)> links, StringBuilder builder)
    {
        var copied = 0;
        var at = links.Count == 0 ? -1 : body.IndexOf(']');
        while (at >= 0)
        {
            var length = 0;
            foreach (var (written, absolute) in links)
            {
                length = MatchAt(body[at..], written);
                if (length > 0)
                {
                    var rest = body[at..];
                    builder.Append(body[copied..at]);
                    // The match's own punctuation around the new target: "](" or "]: " before it, ")", " " or "\n" after.
                    builder.Append(rest[..(rest[1] == '(' ? 2 : 3)]).Append(absolute).Append(rest[length - 1]);
                    copied = at + length;
                    break;
                }
            }

            var next = body[(at + Math.Max(1, length))..].IndexOf(']');
            at = next < 0 ? -1 : at + Math.Max(1, length) + next;
        }

        builder.Append(body[copied..]);
    }

    /// <summary>
    /// The length of the link-target match of <paramref name="written"/> at the start of <paramref name="text"/>
    /// ("](t)", "](t ", "](&lt;t&gt;)" or "]: t\n"), or 0.
    /// </summary>
    private static int MatchAt(ReadOnlySpan<char> text, string written)
    {
        if (text.StartsWith("](", StringComparison.Ordinal))
        {
            var target = text[2..];
            if (target.StartsWith(written, StringComparison.Ordinal) && target.Length > written.Length && target[written.Length] is ')' or ' ')
            {
                return 2 + written.Length + 1;
            }

            if (target.StartsWith('<') && target[1..].StartsWith(written, StringComparison.Ordinal) && target[(1 + written.Length)..].StartsWith(">)", StringComparison.Ordinal))
            {
                return 2 + 1 + written.Length + 2;
            }
        }
        else if (text.StartsWith("]: ", StringComparison.Ordinal))
        {
            var target = text[3..];
            if (target.StartsWith(written, StringComparison.Ordinal) && target.Length > written.Length && target[written.Length] == '\n')
            {
                return 3 + written.Length + 1;
            }
        }

        return 0;
    }

    private static string Absolute(SiteView site, string resolved)
    {
        var config = site.Config;
        if (config.BaseUrl is null || !resolved.StartsWith(config.BasePath, StringComparison.Ordinal))
        {
            return resolved;
        }

        return config.BaseUrl + resolved[config.BasePath.Length..];
    }
}
