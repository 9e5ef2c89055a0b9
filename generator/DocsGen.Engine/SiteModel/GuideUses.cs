namespace DocsGen.SiteModel;

/// <summary>
/// Which guides use each operation page (link to it with api: or bind a sample to it with op=), for its "Used in
/// guides" list. A relation between pages, so it lives in the site model: the API model it points at was finished
/// before any guide was rendered, and the dev server keeps it across builds, so nothing is written into it.
/// </summary>
public static class GuideUses
{
    public static IReadOnlyDictionary<Page, IReadOnlyList<PageLink>> Of(IReadOnlyDictionary<string, VersionPages> versions, IEnumerable<Page> guides)
    {
        var uses = new Dictionary<Page, List<PageLink>>();
        foreach (var guide in guides.OrderBy(g => g.Version, StringComparer.Ordinal).ThenBy(g => g.Route, StringComparer.Ordinal))
        {
            var pages = versions[guide.Version];
            var targets = guide.Links
                .Where(l => l.Kind == GuideLinkKind.Operation && l.Resolved is not null)
                .Select(l => pages.ResolveOperation(l.Written[(l.Written.IndexOf(':') + 1)..].Split('#')[0].Trim()))
                .Concat(guide.CodeBlocks.Where(b => b.Attributes.ContainsKey("op")).Select(b => pages.ResolveOperation(b.Attributes["op"])))
                .OfType<Page>()
                .Distinct();
            foreach (var target in targets.Where(t => t.Kind == PageKind.Operation))
            {
                var list = uses.TryGetValue(target, out var existing) ? existing : uses[target] = [];
                if (list.All(u => u.Title != guide.Title))
                {
                    list.Add(new PageLink(guide.Title, guide.Route.Length == 0 ? "" : guide.Route + "/"));
                }
            }
        }

        return uses.ToDictionary(u => u.Key, u => (IReadOnlyList<PageLink>)u.Value);
    }
}
