using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>The machine-readable files around the pages: a Markdown twin of every page, llms.txt and llms-full.txt.</summary>
internal static class SeoFiles
{
    /// <param name="includes">Which versions' twins to write (a part of the site writes only its own).</param>
    /// <param name="siteFiles">Whether to write llms.txt and llms-full.txt (the current version's; its part owns them).</param>
    /// <param name="keepParts">Whether to keep the pages' parts of llms-full.txt, for the dev server to rewrite one page's.</param>
    /// <param name="made">Told each generated page's twin as it is made (a guide's is never made a string).</param>
    /// <returns>The twins, kept for the dev server to rewrite one page's.</returns>
    public static MarkdownTwins Write(SiteView site, SiteOutput output, Func<string, bool> includes, bool siteFiles, bool keepParts, Action<Page, string>? made = null) =>
        MarkdownTwins.Write(site, output, includes, siteFiles, keepParts, made);
}
