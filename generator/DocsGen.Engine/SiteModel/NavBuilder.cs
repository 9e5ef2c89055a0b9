using DocsGen.Content;

namespace DocsGen.SiteModel;

/// <summary>Builds a version's navigation tree from page sections (folders) and orders, plus the reading order for prev/next.</summary>
public static class NavBuilder
{
    public static NavNode Build(IEnumerable<Page> pages, IReadOnlyList<SectionInfo> sections, IReadOnlyList<string> topOrder)
    {
        var root = new NavNode { Title = "", Key = "", IsSection = true };
        var sectionInfo = sections.ToDictionary(s => s.VersionPath, StringComparer.Ordinal);
        var byPath = new Dictionary<string, NavNode>(StringComparer.Ordinal) { [""] = root };
        var generated = new List<NavNode>();

        foreach (var page in pages.Where(p => !p.HideFromNav).OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            var parent = root;
            var path = "";
            foreach (var segment in page.SectionKeys)
            {
                path = path.Length == 0 ? segment.Key : path + "/" + segment.Key;
                if (!byPath.TryGetValue(path, out var section))
                {
                    var info = sectionInfo.GetValueOrDefault(segment.Folder ?? path);
                    section = new NavNode
                    {
                        Title = info?.Title ?? segment.Title,
                        Key = segment.Key,
                        IsSection = true,
                        Order = info?.Order ?? int.MaxValue,
                        Parent = parent,
                    };
                    parent.Children.Add(section);
                    byPath[path] = section;
                    if (segment.Folder is null && info is null)
                    {
                        generated.Add(section);
                    }
                }

                parent = section;
            }

            if (page.IsSectionIndex && parent != root && parent.Page is null)
            {
                parent.Page = page;
                // A folder's index page names its section (unless _section.yml does); generated
                // sections (an API, a tag) are already named by their generator.
                if (page.Kind == PageKind.Guide && sectionInfo.GetValueOrDefault(page.SectionKeys.Last().Folder ?? "")?.Title is null)
                {
                    parent.Title = page.NavTitle ?? page.Title;
                }

                if (page.Order != int.MinValue && parent.Order == int.MaxValue)
                {
                    parent.Order = page.Order;
                }

                continue;
            }

            parent.Children.Add(new NavNode
            {
                Title = page.NavTitle ?? page.Title,
                Key = page.Route,
                Page = page,
                Order = page.Order,
                Parent = parent,
            });
        }

        // A generated section without a page of its own (an x-tagGroups group, an API's Webhooks) sits where its
        // first entry would; deepest first, so a group's order comes from its tags' sections.
        foreach (var section in Enumerable.Reverse(generated))
        {
            if (section.Page is null && section.Order == int.MaxValue && section.Children.Count > 0)
            {
                section.Order = section.Children.Min(c => c.Order);
            }
        }

        Sort(root, topOrder);
        return root;
    }

    /// <summary>Pages in the order a reader meets them in the navigation: the prev/next chain.</summary>
    public static List<Page> ReadingOrder(NavNode root)
    {
        var list = new List<Page>();
        Walk(root, list);
        return list;

        static void Walk(NavNode node, List<Page> list)
        {
            if (node.Page is not null)
            {
                list.Add(node.Page);
            }

            foreach (var child in node.Children)
            {
                Walk(child, list);
            }
        }
    }

    private static void Sort(NavNode node, IReadOnlyList<string> topOrder)
    {
        var isRoot = node.Parent is null;
        node.Children.Sort((a, b) =>
        {
            if (isRoot && topOrder.Count > 0)
            {
                var ia = IndexIn(topOrder, a);
                var ib = IndexIn(topOrder, b);
                if (ia != ib)
                {
                    return ia.CompareTo(ib);
                }
            }

            var byOrder = a.Order.CompareTo(b.Order);
            if (byOrder != 0)
            {
                return byOrder;
            }

            // Pages before sections at equal order, then by title: stable and predictable.
            var bySection = a.IsSection.CompareTo(b.IsSection);
            return bySection != 0 ? bySection : string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase) is var t && t != 0
                ? t
                : string.CompareOrdinal(a.Key, b.Key);
        });

        foreach (var child in node.Children)
        {
            Sort(child, topOrder);
            if (child.IsSection)
            {
                child.FirstPage = child.Page ?? child.Children.Select(c => c.Page ?? c.FirstPage).FirstOrDefault(p => p is not null);
            }
        }
    }

    private static int IndexIn(IReadOnlyList<string> order, NavNode node)
    {
        // The version's start page leads whatever 'nav' lists: it is where the reading order begins.
        if (!node.IsSection && node.Page?.Route.Length == 0)
        {
            return -1;
        }

        var key = node.IsSection ? node.Key : node.Key.Split('/')[^1];
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i].Trim('/'), key, StringComparison.OrdinalIgnoreCase) || string.Equals(order[i].Trim('/'), node.Key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
