using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>The machine-readable files around the pages: a Markdown twin of every page, llms.txt and llms-full.txt.</summary>
internal static class SeoFiles
{
    public static void Write(SiteView site, SiteOutput output)
    {
        var pages = site.Versions.Values.SelectMany(v => v.All).ToList();
        Parallel.ForEach(pages, page => output.Write(MarkdownTwin.PathOf(page), MarkdownTwin.For(site, page)));

        output.Write("llms.txt", LlmsText.Index(site));
        output.Write("llms-full.txt", LlmsText.Full(site));
    }
}
