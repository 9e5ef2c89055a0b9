using DocsGen.Content;
using DocsGen.Markdown;
using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// What a finished build keeps in memory so the dev server can redo part of it: the guides' sources and Page
/// objects (the site model holds the pages; their syntax trees are not kept), the link resolver over the whole site, the theme with its parsed templates, what
/// was read of each version (its sections, for the navigation), and the
/// search index and Markdown twins in per-page parts.
/// </summary>
internal sealed record BuildState(SiteView Site, IReadOnlyList<KeptGuide> Guides, LinkResolver Resolver, Theme Theme, BuildOptions Options,
    IReadOnlyList<VersionContent> Contents, SiteFileParts Files)
{
    /// <summary>What was read of each version less its guides' sources (whose text an edit reads again): its sections, for the navigation, and its assets.</summary>
    public IReadOnlyList<VersionContent> Contents { get; init; } = [.. Contents.Select(c => c with { Guides = [] })];

    /// <summary>
    /// Keeps every page's body as UTF-8 from now on (<see cref="Page.KeepAsUtf8"/>): called by the dev server once a
    /// build has written them, since it holds them until the next edit. Pages already kept so cost two null checks.
    /// </summary>
    public void KeepPagesAsUtf8()
    {
        foreach (var page in Site.Versions.Values.SelectMany(v => v.All))
        {
            page.KeepAsUtf8();
            foreach (var companion in page.Companions)
            {
                companion.KeepAsUtf8();
            }
        }
    }
}
