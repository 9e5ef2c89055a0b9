using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Build.Incremental;

/// <summary>
/// The pages that show a page's title somewhere outside that page, found by comparing what each page of the
/// version is given before and after a title edit: its sidebar (the same HTML and entries the renderer splices in,
/// built once per open section), its previous and next pages, and its "Used in guides" list. A sidebar shows the
/// entries of the open section and of the sections above it, so a title in a closed section reaches only the pages
/// of that section and its neighbours in reading order; a title at the top level reaches every page. The 404 page and
/// the pages written beside operation pages show the sidebar with no section open.
/// </summary>
internal static class TitleReaders
{
    /// <summary>
    /// The pages of <paramref name="versions"/> whose output shows a title that changed from <paramref name="before"/> to
    /// <paramref name="after"/>, and whether the 404 page does. <paramref name="edited"/> are the pages whose title changed.
    /// </summary>
    public static (List<Page> Pages, bool NotFound) Of(SiteView before, SiteView after, IReadOnlyCollection<Page> edited, IReadOnlySet<string> versions)
    {
        var beforeNav = new NavCache(before);
        var afterNav = new NavCache(after);
        var titled = edited.ToHashSet();
        // The sidebar with no section open: the 404 page's and the companion pages' (an operation's fields page).
        var closedChanged = versions.Where(v => beforeNav.For(v, null).Html != afterNav.For(v, null).Html).ToHashSet(StringComparer.Ordinal);
        var pages = versions.SelectMany(v => after.Versions[v].All).AsParallel().AsOrdered()
            .Where(page => titled.Contains(page)
                || (closedChanged.Contains(page.Version) && page.Companions.Count > 0)
                || SidebarChanged(page)
                || NeighboursChanged(page)
                || UsesChanged(page))
            .ToList();
        return (pages, closedChanged.Contains(after.Config.CurrentVersion.Id));

        bool SidebarChanged(Page page) =>
            beforeNav.For(page.Version, before.NavNodeOf.GetValueOrDefault(page)).Html != afterNav.For(page.Version, after.NavNodeOf.GetValueOrDefault(page)).Html;

        bool NeighboursChanged(Page page)
        {
            var (beforePrevious, beforeNext) = Neighbours(before, page);
            var (afterPrevious, afterNext) = Neighbours(after, page);
            // A guide's title is edited in place (both sides show the new one): a retitled neighbour counts as changed.
            return Link(before, beforePrevious) != Link(after, afterPrevious) || Link(before, beforeNext) != Link(after, afterNext)
                || (afterPrevious is not null && titled.Contains(afterPrevious)) || (afterNext is not null && titled.Contains(afterNext));
        }

        bool UsesChanged(Page page)
        {
            var beforeUses = before.GuidesUsing.GetValueOrDefault(page) ?? [];
            var afterUses = after.GuidesUsing.GetValueOrDefault(page) ?? [];
            return !beforeUses.SequenceEqual(afterUses);
        }
    }

    /// <summary>What a prev/next link shows of a page (as PageGlobals makes it).</summary>
    private static (string Url, string Label)? Link(SiteView site, Page? page) => page is null ? null : (site.UrlOf(page), page.NavTitle ?? page.Title);

    private static (Page? Previous, Page? Next) Neighbours(SiteView site, Page page)
    {
        if (!site.ReadingIndex.TryGetValue(page, out var i))
        {
            return (null, null);
        }

        var order = site.ReadingOrder[page.Version];
        return (i > 0 ? order[i - 1] : null, i < order.Count - 1 ? order[i + 1] : null);
    }
}
