using System.Text;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// <c>llms.txt</c> (llmstxt.org: H1 title, blockquote summary, H2 sections of links) and <c>llms-full.txt</c>
/// (every page's Markdown) for the current version, so a language model reads the docs without the chrome.
/// Links point at the Markdown twins.
/// </summary>
internal static class LlmsText
{
    /// <summary>Title of the group of top-level pages that are in no section.</summary>
    public const string LooseGroup = "Docs";

    public static string Index(SiteView site)
    {
        var config = site.Config;
        var builder = new StringBuilder();
        builder.Append("# ").Append(OneLine(config.Title)).Append('\n');
        if (config.Description is { Length: > 0 } description)
        {
            builder.Append("\n> ").Append(OneLine(description)).Append('\n');
        }

        foreach (var (title, pages) in Groups(site.Navigation[config.CurrentVersion.Id]))
        {
            builder.Append("\n## ").Append(OneLine(title)).Append("\n\n");
            foreach (var page in pages)
            {
                builder.Append("- [").Append(LinkText(page.Title)).Append("](").Append(MarkdownTwin.UrlOf(site, page)).Append(')');
                if (page.Description is { Length: > 0 } about)
                {
                    builder.Append(": ").Append(OneLine(about));
                }

                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    public static string Full(SiteView site) => Full(site, page => MarkdownTwin.For(site, page));

    /// <param name="twinOf">The page's Markdown twin.</param>
    public static string Full(SiteView site, Func<Page, string> twinOf)
    {
        var builder = new StringBuilder(FullHeader(site));
        foreach (var page in site.ReadingOrder[site.Config.CurrentVersion.Id])
        {
            builder.Append(FullPart(site, page, twinOf(page)));
        }

        return builder.ToString();
    }

    /// <summary>What llms-full.txt says before the pages: the site's title and description.</summary>
    public static string FullHeader(SiteView site)
    {
        var builder = new StringBuilder();
        var config = site.Config;
        builder.Append("# ").Append(OneLine(config.Title)).Append('\n');
        if (config.Description is { Length: > 0 } description)
        {
            builder.Append("\n> ").Append(OneLine(description)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// One page's part of llms-full.txt, which is <see cref="FullHeader"/> and then the parts of the current version's
    /// pages in reading order: the dev server keeps the parts and writes the file again from them after an edit.
    /// </summary>
    public static string FullPart(SiteView site, Page page, string twin) =>
        $"{FullPartHead(site, page)}{twin.AsSpan().TrimEnd('\n')}\n";

    /// <summary>
    /// <see cref="FullPart"/> in UTF-8, from the twin's UTF-8 bytes as they were written: the twin is neither copied
    /// into a string of the part nor encoded a second time.
    /// </summary>
    public static byte[] FullPartUtf8(SiteView site, Page page, ReadOnlySpan<byte> twin)
    {
        var head = FullPartHead(site, page);
        var body = twin.TrimEnd((byte)'\n');
        var part = new byte[Utf8.GetByteCount(head) + body.Length + 1];
        var at = Utf8.GetBytes(head, part);
        body.CopyTo(part.AsSpan(at));
        part[^1] = (byte)'\n';
        return part;
    }

    /// <summary>What comes before a page's twin in its part: a rule and the page's address.</summary>
    private static string FullPartHead(SiteView site, Page page) => $"\n---\n\nSource: {site.AbsoluteUrlOf(page)}\n\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Top-level sections in navigation order, each with its pages in reading order; loose top-level pages first.</summary>
    internal static List<(string Title, List<Page> Pages)> Groups(NavNode root)
    {
        var groups = new List<(string, List<Page>)>();
        var loose = root.Children.Where(c => !c.IsSection && c.Page is not null).Select(c => c.Page!).ToList();
        if (loose.Count > 0)
        {
            groups.Add((LooseGroup, loose));
        }

        foreach (var section in root.Children.Where(c => c.IsSection))
        {
            var pages = NavBuilder.ReadingOrder(section);
            if (pages.Count > 0)
            {
                // An API section is labelled by its overview page's short nav title ("Overview"); a heading needs the API's name.
                var title = section.Page is { NavTitle: { } nav } index && nav == section.Title ? index.Title : section.Title;
                groups.Add((title, pages));
            }
        }

        return groups;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string LinkText(string text) => OneLine(text).Replace("[", "\\[").Replace("]", "\\]");
}
