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
    private readonly ConcurrentDictionary<(string Version, NavNode? Open), Lazy<(List<ScriptObject> Items, string Html)>> _cache = new();

    /// <summary>Navigation items (shared, read-only) and the sidebar HTML with <paramref name="active"/> marked.</summary>
    public (List<ScriptObject> Items, string Html) For(string version, NavNode? active)
    {
        // Pages share the sidebar of their parent section; a section page opens its own section.
        var open = active is null ? null : active.IsSection || active.Children.Count > 0 ? active : active.Parent;
        var (items, html) = _cache.GetOrAdd((version, open), key => new(() => Build(key.Version, key.Open))).Value;
        if (active?.Page is null)
        {
            return (items, html);
        }

        var link = $"<a class=\"nav-link\" href=\"{WebUtility.HtmlEncode(site.UrlOf(active.Page))}\">";
        var at = html.IndexOf(link, StringComparison.Ordinal);
        return at < 0 ? (items, html) : (items, html.Insert(at + link.Length - 1, " aria-current=\"page\""));
    }

    private (List<ScriptObject> Items, string Html) Build(string version, NavNode? open)
    {
        var openPath = new HashSet<NavNode>();
        for (var n = open; n is not null; n = n.Parent)
        {
            openPath.Add(n);
        }

        var root = site.Navigation[version];
        var items = root.Children.Select(c => Item(c, openPath)).ToList();
        var html = new StringBuilder();
        WriteList(html, root.Children, openPath, 0);
        return (items, html.ToString());
    }

    private ScriptObject Item(NavNode node, HashSet<NavNode> openPath)
    {
        var isOpen = openPath.Contains(node);
        var target = node.Page ?? node.FirstPage;
        var item = new ScriptObject
        {
            ["title"] = node.Title,
            ["url"] = target is null ? null : site.UrlOf(target),
            ["children"] = isOpen ? node.Children.Select(c => Item(c, openPath)).ToList() : new List<ScriptObject>(),
            ["has_children"] = node.Children.Count > 0,
            ["is_open"] = isOpen,
            ["is_section"] = node.IsSection,
            ["kind"] = node.Page is null ? "section" : PageGlobals.KindName(node.Page.Kind),
            ["method"] = (node.Page?.Model as IHasHttpMethod)?.HttpMethod,
        };
        item.IsReadOnly = true;
        return item;
    }

    private void WriteList(StringBuilder html, List<NavNode> nodes, HashSet<NavNode> openPath, int depth)
    {
        html.Append("<ul class=\"nav-list nav-depth-").Append(depth).Append("\">");
        foreach (var node in nodes)
        {
            var target = node.Page ?? node.FirstPage;
            if (node.IsSection || node.Children.Count > 0)
            {
                var isOpen = openPath.Contains(node);
                html.Append("\n<li class=\"nav-section").Append(target is null ? "" : " has-page").Append("\">");
                if (target is not null)
                {
                    WriteLink(html, node, target);
                }

                html.Append("\n<details").Append(isOpen ? " open" : "").Append(">\n<summary>");
                if (target is not null)
                {
                    html.Append("<span class=\"visually-hidden\">").Append(WebUtility.HtmlEncode(node.Title)).Append(" pages</span>");
                }
                else
                {
                    html.Append("<span class=\"nav-text\">").Append(WebUtility.HtmlEncode(node.Title)).Append("</span>");
                }

                html.Append("</summary>");
                if (isOpen)
                {
                    WriteList(html, node.Children, openPath, depth + 1);
                }

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
