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
    IReadOnlyList<VersionContent> Contents, SiteFileParts Files);
