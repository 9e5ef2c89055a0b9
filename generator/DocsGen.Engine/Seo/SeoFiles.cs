using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>The machine-readable files around the pages: a Markdown twin of every page, llms.txt and llms-full.txt.</summary>
internal static class SeoFiles
{
    /// <param name="includes">Which versions' twins to write (a part of the site writes only its own).</param>
    /// <param name="siteFiles">Whether to write llms.txt and llms-full.txt (the current version's; its part owns them).</param>
    public static void Write(SiteView site, SiteOutput output, Func<string, bool> includes, bool siteFiles)
    {
        var pages = site.Versions.Values.Where(v => includes(v.Version)).SelectMany(v => v.All).ToList();
        Parallel.ForEach(pages, page => output.Write(MarkdownTwin.PathOf(page), MarkdownTwin.For(site, page)));

        if (siteFiles)
        {
            output.Write("llms.txt", LlmsText.Index(site));
            output.Write("llms-full.txt", LlmsText.Full(site));
        }
    }
}
