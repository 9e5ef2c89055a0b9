using System.Collections.Concurrent;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// The Markdown twin of every page, kept after they are written: llms-full.txt is assembled from them instead of
/// rendering each twin a second time, and after a page edit the dev server makes and writes that page's twin alone,
/// then re-assembles llms-full.txt from the twins it kept.
/// </summary>
internal sealed class MarkdownTwins
{
    private readonly ConcurrentDictionary<Page, string> _twins = new(ReferenceEqualityComparer.Instance);
    private readonly bool _siteFiles;

    private MarkdownTwins(bool siteFiles) => _siteFiles = siteFiles;

    /// <param name="includes">Which versions' twins to write (a part of the site writes only its own).</param>
    /// <param name="siteFiles">Whether to write llms.txt and llms-full.txt (the current version's; its part owns them).</param>
    public static MarkdownTwins Write(SiteView site, SiteOutput output, Func<string, bool> includes, bool siteFiles)
    {
        var twins = new MarkdownTwins(siteFiles);
        var pages = site.Versions.Values.Where(v => includes(v.Version)).SelectMany(v => v.All).ToList();
        Parallel.ForEach(pages, page => output.Write(MarkdownTwin.PathOf(page), twins._twins[page] = MarkdownTwin.For(site, page)));
        twins.WriteSiteFiles(site, output);
        return twins;
    }

    /// <summary>Makes and writes the twins of <paramref name="changed"/>, then llms.txt and llms-full.txt when they show one of them.</summary>
    public void Rewrite(SiteView site, SiteOutput output, IReadOnlyCollection<Page> changed)
    {
        foreach (var page in changed)
        {
            output.Write(MarkdownTwin.PathOf(page), _twins[page] = MarkdownTwin.For(site, page));
        }

        if (changed.Any(p => p.Version == site.Config.CurrentVersion.Id))
        {
            WriteSiteFiles(site, output);
        }
    }

    private void WriteSiteFiles(SiteView site, SiteOutput output)
    {
        if (_siteFiles)
        {
            output.Write("llms.txt", LlmsText.Index(site));
            output.Write("llms-full.txt", LlmsText.Full(site, page => _twins.TryGetValue(page, out var twin) ? twin : MarkdownTwin.For(site, page)));
        }
    }
}
