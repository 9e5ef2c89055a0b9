using System.Collections.Concurrent;
using System.Net;
using System.Text;
using DocsGen.SiteModel;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The sidebar of a page depends only on which section is open, so it is built once per open
/// section and shared by every page in it: a 640-page folder no longer renders 640 × 640 entries.
/// The current page is marked on the shared HTML with one string insertion.
/// </summary>
internal sealed class NavCache(SiteView site)
{
    private readonly ConcurrentDictionary<(string Version, NavNode? Open), Lazy<CachedNav>> _cache = new();

    /// <summary>Navigation items (shared, read-only) and the sidebar HTML with <paramref name="active"/> marked.</summary>
    public (List<ScriptObject> Items, string Html) For(string version, NavNode? active)
    {
        // Pages share the sidebar of their parent section; a section page opens its own section.
        var open = active is null ? null : active.IsSection || active.Children.Count > 0 ? active : active.Parent;
        var cached = _cache.GetOrAdd((version, open), key => new(() => Build(key.Version, key.Open))).Value;
        if (active?.Page is null)
        {
            return (cached.Items, cached.Html);
        }

        var link = $"<a class=\"nav-link\" href=\"{WebUtility.HtmlEncode(site.UrlOf(active.Page))}\">";
        // Prefer the page's own entry over a closed section that links to it as its first page.
        var leaf = cached.Html.IndexOf("<li class=\"nav-item\">" + link, StringComparison.Ordinal);
        var at = leaf >= 0 ? leaf + "<li class=\"nav-item\">".Length : cached.Html.IndexOf(link, StringComparison.Ordinal);
        var html = at < 0 ? cached.Html : cached.Html.Insert(at + link.Length - 1, " aria-current=\"page\"");
        return (MarkActive(cached, active), html);
    }

    /// <summary>
    /// Copies only the items on the path to <paramref name="active"/> (and the lists holding them) so
    /// the shared tree stays untouched while this page's copy says which entry is current.
    /// </summary>
    private static List<ScriptObject> MarkActive(CachedNav cached, NavNode active)
    {
        if (!cached.ItemOf.TryGetValue(active, out var item))
        {
            return cached.Items;
        }

        var replacement = Copy(item);
        replacement["is_active"] = true;
        var node = active;
        while (node.Parent is { } parent)
        {
            if (!cached.ItemOf.TryGetValue(parent, out var parentItem))
            {
                // The parent is the root: swap the entry in the top-level list.
                return cached.Items.Select(i => ReferenceEquals(i, cached.ItemOf[node]) ? replacement : i).ToList();
            }

            var children = ((List<ScriptObject>)parentItem["children"]!).Select(i => ReferenceEquals(i, cached.ItemOf[node]) ? replacement : i).ToList();
            replacement = Copy(parentItem);
            replacement["children"] = children;
            node = parent;
        }

        return cached.Items;
    }

    private static ScriptObject Copy(ScriptObject item)
    {
        var copy = new ScriptObject();
        foreach (var (key, value) in item)
        {
            copy[key] = value;
        }

        return copy;
    }

    private sealed record CachedNav(List<ScriptObject> Items, string Html, Dictionary<NavNode, ScriptObject> ItemOf);

    private CachedNav Build(string version, NavNode? open)
    {
        var openPath = new HashSet<NavNode>();
        for (var n = open; n is not null; n = n.Parent)
        {
            openPath.Add(n);
        }

        var root = site.Navigation[version];
        var itemOf = new Dictionary<NavNode, ScriptObject>();
        var items = root.Children.Select(c => Item(c, openPath, itemOf)).ToList();
        var html = new StringBuilder();
        WriteList(html, root.Children, openPath, 0);
        return new CachedNav(items, html.ToString(), itemOf);
    }

    private ScriptObject Item(NavNode node, HashSet<NavNode> openPath, Dictionary<NavNode, ScriptObject> itemOf)
    {
        var isOpen = openPath.Contains(node);
        var target = node.Page ?? node.FirstPage;
        var item = new ScriptObject
        {
            ["title"] = node.Title,
            ["url"] = target is null ? null : site.UrlOf(target),
            ["children"] = isOpen ? node.Children.Select(c => Item(c, openPath, itemOf)).ToList() : new List<ScriptObject>(),
            ["has_children"] = node.Children.Count > 0,
            ["is_open"] = isOpen,
            ["is_active"] = false,
            ["is_section"] = node.IsSection,
            ["kind"] = node.Page is null ? "section" : PageGlobals.KindName(node.Page.Kind),
            ["method"] = (node.Page?.Model as IHasHttpMethod)?.HttpMethod,
        };
        item.IsReadOnly = true;
        itemOf[node] = item;
        return item;
    }

    private void WriteList(StringBuilder html, List<NavNode> nodes, HashSet<NavNode> openPath, int depth)
    {
        html.Append("<ul class=\"nav-list nav-depth-").Append(depth).Append("\">");
        foreach (var node in nodes)
        {
            var target = node.Page ?? node.FirstPage;
            if ((node.IsSection || node.Children.Count > 0) && !openPath.Contains(node))
            {
                // A closed section is a link to its first page: opening it loads that page and its sidebar.
                html.Append("\n<li class=\"nav-section is-closed\">");
                if (target is not null)
                {
                    WriteLink(html, node, target);
                }

                html.Append("</li>");
            }
            else if (node.IsSection || node.Children.Count > 0)
            {
                html.Append("\n<li class=\"nav-section").Append(target is null ? "" : " has-page").Append("\">");
                if (target is not null)
                {
                    WriteLink(html, node, target);
                }

                html.Append("\n<details open>\n<summary>");
                if (target is not null)
                {
                    html.Append("<span class=\"visually-hidden\">").Append(WebUtility.HtmlEncode(node.Title)).Append(" pages</span>");
                }
                else
                {
                    html.Append("<span class=\"nav-text\">").Append(WebUtility.HtmlEncode(node.Title)).Append("</span>");
                }

                html.Append("</summary>");
                WriteList(html, node.Children, openPath, depth + 1);
                html.Append("\n</details>\n</li>");
            }
            else if (target is not null)
            {
                html.Append("<li class=\"nav-item\">");
                WriteLink(html, node, target);
                html.Append("</li>");
            }
        }

        html.Append("\n</ul>");
    }

    private void WriteLink(StringBuilder html, NavNode node, Page target)
    {
        html.Append("<a class=\"nav-link\" href=\"").Append(WebUtility.HtmlEncode(site.UrlOf(target))).Append("\">");
        if ((node.Page?.Model as IHasHttpMethod)?.HttpMethod is { } method)
        {
            var m = WebUtility.HtmlEncode(method);
            html.Append("<span class=\"method method-").Append(m.ToLowerInvariant()).Append("\">").Append(m.ToUpperInvariant()).Append("</span> ");
        }

        html.Append("<span class=\"nav-text\">").Append(WebUtility.HtmlEncode(node.Title)).Append("</span></a>");
    }
}
