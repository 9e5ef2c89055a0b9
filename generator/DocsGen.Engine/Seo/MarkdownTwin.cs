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

    public static string For(SiteView site, Page page) => page.Kind == PageKind.Guide && page.Markdown is not null
        ? Guide(site, page)
        : Generated(page);

    private static string Guide(SiteView site, Page page)
    {
        var body = WithoutFrontMatter(page.Markdown!.Replace("\r\n", "\n")).Trim('\n');
        body = WithAbsoluteLinks(site, page, body);
        // Like the HTML page: the title on top, unless the text already opens with that very heading.
        var firstLine = body.IndexOf('\n') is var end and >= 0 ? body[..end] : body;
        return firstLine.StartsWith("# ", StringComparison.Ordinal) && firstLine[2..].Trim() == page.Title
            ? body + "\n"
            : $"# {page.Title}\n\n{body}\n";
    }

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
    internal static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var at = 4;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text[at..] : text[at..end];
            if (line.TrimEnd() is "---" or "...")
            {
                return end < 0 ? "" : text[(end + 1)..];
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return text;
    }

    /// <summary>
    /// Links the Markdown stage resolved (pages, assets, api: and schema: references) point at the published
    /// URL, so the twin works when read on its own. A textual replacement of the link target as written:
    /// cheap, and a target too ambiguous to find is simply left as written.
    /// </summary>
    private static string WithAbsoluteLinks(SiteView site, Page page, string body)
    {
        StringBuilder? builder = null;
        foreach (var link in page.Links.Where(l => l.Resolved is not null && l.Kind is not (GuideLinkKind.External or GuideLinkKind.Anchor))
                     .DistinctBy(l => l.Written)
                     .OrderByDescending(l => l.Written.Length))
        {
            var absolute = Absolute(site, link.Resolved!);
            if (absolute == link.Written)
            {
                continue;
            }

            // A page without a link to rewrite (most of a big site's) is not copied into a builder and back.
            builder ??= new StringBuilder(body);

            builder.Replace("](" + link.Written + ")", "](" + absolute + ")");
            builder.Replace("](" + link.Written + " ", "](" + absolute + " ");
            builder.Replace("](<" + link.Written + ">)", "](" + absolute + ")");
            builder.Replace("]: " + link.Written + "\n", "]: " + absolute + "\n");
        }

        return builder?.ToString() ?? body;
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
