using DocsGen.Config;
using DocsGen.Content;
using DocsGen.SiteModel;

namespace DocsGen.Markdown;

/// <summary>
/// The site as drafting sees it, before any guide is parsed: the pages already made (API reference, changelog) and a
/// stand-in for each guide with the route it will have, added in the order the guides will be. What a link resolves to
/// depends on routes alone, so a draft shows the URL each link will get, and its HTML is final in all but rare cases
/// (<see cref="GuideDraft.Complete"/> checks each link).
/// </summary>
internal static class DraftSite
{
    /// <summary>A resolver like <paramref name="resolver"/> over <paramref name="versions"/> and stand-ins for the guides of <paramref name="contents"/>.</summary>
    public static LinkResolver Resolver(LinkResolver resolver, IReadOnlyDictionary<string, VersionPages> versions, IReadOnlyList<VersionContent> contents, MarkdownDialect dialect)
    {
        var drafted = new Dictionary<string, VersionPages>(versions.Count, StringComparer.Ordinal);
        foreach (var (id, pages) in versions)
        {
            var copy = new VersionPages(pages.Version, pages.Dir) { ResolveOperation = pages.ResolveOperation, ResolveSchema = pages.ResolveSchema };
            foreach (var page in pages.All)
            {
                copy.TryAdd(page);
            }

            drafted[id] = copy;
        }

        foreach (var content in contents)
        {
            var pages = drafted[content.Version];
            foreach (var source in content.Guides)
            {
                pages.TryAdd(new Page { Version = source.Version, Route = GuideParser.Route(source, dialect), Title = "", Kind = PageKind.Guide, Layout = "guide" }, source.VersionPath);
            }
        }

        return resolver.Over(drafted);
    }
}
