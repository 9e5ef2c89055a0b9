using System.Collections.Concurrent;
using System.Net;
using System.Text;
using DocsGen.SiteModel;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The sidebar of a page depends only on which section is open, so it is built once per open
/// section and shared by every page in it: a 640-page folder no longer renders 640 × 640 entries.
/// The current page is marked on the shared HTML with one string insertion. A huge open section
/// (Stripe lists 468 operations under one tag) shows only a window of entries around the current
/// page plus links to the section's own page, which lists them all: the sidebar alone would otherwise
/// weigh 100 KB on every page of the section.
/// </summary>
internal sealed class NavCache(SiteView site)
{
    /// <summary>An open section with more entries than this shows a window of them.</summary>
    public const int MaxListed = 40;

    /// <summary>Entries shown on each side of the current one in a windowed section.</summary>
    private const int WindowRadius = 10;

    /// <summary>Stands in the cached HTML for the windowed entries, which depend on the current page.</summary>
    private const string WindowMarker = "\u0001window\u0001";

    private readonly ConcurrentDictionary<(string Version, NavNode? Open), Lazy<CachedNav>> _cache = new();

    /// <summary>
    /// The item of a section that is not open, or of a page: the same in every sidebar of its version, so made once and
    /// shared by all of them (a 10k-page site has 1,100 sections, each sidebar listing the ~100 closed ones at its top).
    /// </summary>
    private readonly ConcurrentDictionary<NavNode, ScriptObject> _closedItems = new();

    /// <summary>The HTML entry of each node off the open path, likewise the same in every sidebar that lists it.</summary>
    private readonly ConcurrentDictionary<NavNode, string> _entries = new();

    /// <summary>
    /// The sidebar HTML with <paramref name="active"/> marked, and its navigation items for a theme that reads them
    /// (<c>nav</c>), made only when it does: the default theme reads only the HTML, and making the items was a fifth of
    /// rendering a 10k-page site's pages.
    /// </summary>
    public (Func<List<ScriptObject>> Items, SidebarHtml Html) For(string version, NavNode? active)
    {
        // Pages share the sidebar of their parent section; a section page opens its own section.
        var open = active is null ? null : active.IsSection || active.Children.Count > 0 ? active : active.Parent;
        var cached = _cache.GetOrAdd((version, open), key => new(() => Build(key.Version, key.Open))).Value;
        var parts = cached.Window is { } window ? WithWindow(cached.Parts, window.Parts(active)) : cached.Parts;
        if (active?.Page is null)
        {
            return (() => cached.Items.Value.Items, new SidebarHtml(parts, -1, -1));
        }

        var link = $"<a class=\"nav-link\" href=\"{WebUtility.HtmlEncode(site.UrlOf(active.Page))}\">";
        // Prefer the page's own entry over a section that links to it as its first page: a leaf, or the section it is the
        // page of, which comes after the sections above it that may link to it too. An entry is never split between
        // parts (a part is whole entries, or the text between them), so each is searched on its own.
        var own = active.IsSection ? "<li class=\"nav-section has-page\">" : "<li class=\"nav-item\">";
        var (part, at) = active.IsSection ? LastIndexOf(parts, own, link) : IndexOf(parts, own, link);
        if (at >= 0)
        {
            at += own.Length;
        }
        else
        {
            (part, at) = IndexOf(parts, link);
        }

        // The mark goes inside the link's start tag, before its closing '>'; the page's HTML is written around it, never copied.
        var html = at < 0 ? new SidebarHtml(parts, -1, -1) : new SidebarHtml(parts, part, at + link.Length - 1);
        return (() => MarkActive(cached.Items.Value, active), html);
    }

    /// <summary>The sidebar's parts with the window's in place of <see cref="WindowMarker"/>.</summary>
    private static string[] WithWindow(string[] parts, List<string> window)
    {
        var marker = Array.IndexOf(parts, WindowMarker);
        var spliced = new string[parts.Length - 1 + window.Count];
        parts.AsSpan(0, marker).CopyTo(spliced);
        window.CopyTo(spliced, marker);
        parts.AsSpan(marker + 1).CopyTo(spliced.AsSpan(marker + window.Count));
        return spliced;
    }

    /// <summary>The first part holding <paramref name="text"/>, and where in it; (-1, -1) for none.</summary>
    private static (int Part, int At) IndexOf(string[] parts, string text)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].IndexOf(text, StringComparison.Ordinal) is var at and >= 0)
            {
                return (i, at);
            }
        }

        return (-1, -1);
    }

    /// <summary>Where <paramref name="first"/> followed by <paramref name="second"/> starts in <paramref name="text"/>, or -1.</summary>
    private static int IndexOf(string text, string first, string second)
    {
        for (var at = text.IndexOf(first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(first, at + 1, StringComparison.Ordinal))
        {
            if (text.AsSpan(at + first.Length).StartsWith(second, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Where the last <paramref name="first"/> followed by <paramref name="second"/> starts in <paramref name="text"/>, or -1.</summary>
    private static int LastIndexOf(string text, string first, string second)
    {
        for (var at = text.LastIndexOf(first, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(first, at - 1, StringComparison.Ordinal))
        {
            if (text.AsSpan(at + first.Length).StartsWith(second, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The first part holding <paramref name="first"/> followed by <paramref name="second"/>, and where in it; (-1, -1) for none.</summary>
    private static (int Part, int At) IndexOf(string[] parts, string first, string second)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (IndexOf(parts[i], first, second) is var at and >= 0)
            {
                return (i, at);
            }
        }

        return (-1, -1);
    }

    /// <summary>The last part holding <paramref name="first"/> followed by <paramref name="second"/>, and where in it (its last); (-1, -1) for none.</summary>
    private static (int Part, int At) LastIndexOf(string[] parts, string first, string second)
    {
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (LastIndexOf(parts[i], first, second) is var at and >= 0)
            {
                return (i, at);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// Copies only the items on the path to <paramref name="active"/> (and the lists holding them) so
    /// the shared tree stays untouched while this page's copy says which entry is current.
    /// </summary>
    private static List<ScriptObject> MarkActive(NavItems cached, NavNode active)
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

    /// <summary>
    /// One open section's sidebar as parts written one after the other: each entry not on the open path is its node's shared
    /// string (the same in every sidebar of the version), and the text between them is this sidebar's own. As one string
    /// per open section, a 10k-page site kept 1,100 copies of its ~15 KB of closed entries alive through the whole stage.
    /// </summary>
    private sealed record CachedNav(Lazy<NavItems> Items, string[] Parts, NavWindow? Window);

    /// <summary>The items of one open section's sidebar, and the item of each node listed in it.</summary>
    private sealed record NavItems(List<ScriptObject> Items, Dictionary<NavNode, ScriptObject> ItemOf);

    /// <summary>The entries of the open section too long to list in full, each rendered once.</summary>
    private sealed class NavWindow(NavNode section, string sectionUrl, List<string> entries)
    {
        /// <summary>About <see cref="WindowRadius"/> entries either side of <paramref name="active"/>, with links to the full list for the rest.</summary>
        public List<string> Parts(NavNode? active)
        {
            var count = entries.Count;
            var index = active is null ? -1 : section.Children.IndexOf(active);
            var start = Math.Clamp(index - WindowRadius, 0, Math.Max(0, count - (2 * WindowRadius) - 1));
            var end = Math.Min(count, start + (2 * WindowRadius) + 1);
            var parts = new List<string>(end - start + 2);
            if (start > 0)
            {
                parts.Add(More($"{start} earlier of {count}"));
            }

            for (var i = start; i < end; i++)
            {
                parts.Add(entries[i]);
            }

            if (end < count)
            {
                parts.Add(More($"{count - end} more of {count}"));
            }

            return parts;
        }

        private string More(string text) =>
            $"<li class=\"nav-item nav-more\"><a class=\"nav-link\" href=\"{WebUtility.HtmlEncode(sectionUrl)}\">{WebUtility.HtmlEncode(text)} (all {WebUtility.HtmlEncode(section.Title)})</a></li>";
    }

    private CachedNav Build(string version, NavNode? open)
    {
        var openPath = new HashSet<NavNode>();
        for (var n = open; n is not null; n = n.Parent)
        {
            openPath.Add(n);
        }

        var root = site.Navigation[version];
        var parts = new NavParts();
        NavWindow? window = null;
        WriteList(parts, root.Children, openPath, 0, open, ref window);
        return new CachedNav(new(() => Items(root, openPath)), parts.ToArray(), window);
    }

    private NavItems Items(NavNode root, HashSet<NavNode> openPath)
    {
        var itemOf = new Dictionary<NavNode, ScriptObject>();
        var items = root.Children.Select(c => Item(c, openPath, itemOf)).ToList();
        return new NavItems(items, itemOf);
    }

    private ScriptObject Item(NavNode node, HashSet<NavNode> openPath, Dictionary<NavNode, ScriptObject> itemOf)
    {
        var isOpen = openPath.Contains(node);
        var item = isOpen ? NewItem(node, node.Children.Select(c => Item(c, openPath, itemOf)).ToList(), isOpen: true)
            : _closedItems.GetOrAdd(node, n => NewItem(n, [], isOpen: false));
        itemOf[node] = item;
        return item;
    }

    private ScriptObject NewItem(NavNode node, List<ScriptObject> children, bool isOpen)
    {
        var target = node.Page ?? node.FirstPage;
        var item = new ScriptObject(9)
        {
            ["title"] = node.Title,
            ["url"] = target is null ? node.Link : site.UrlOf(target),
            ["children"] = children,
            ["has_children"] = node.Children.Count > 0,
            ["is_open"] = isOpen,
            ["is_active"] = false,
            ["is_section"] = node.IsSection,
            ["kind"] = node.Page is null ? "section" : PageGlobals.KindName(node.Page.Kind),
            ["method"] = (node.Page?.Model as IHasHttpMethod)?.HttpMethod,
        };
        item.IsReadOnly = true;
        return item;
    }

    private void WriteList(NavParts parts, List<NavNode> nodes, HashSet<NavNode> openPath, int depth, NavNode? open, ref NavWindow? window)
    {
        parts.Own.Append("<ul class=\"nav-list nav-depth-").Append(depth).Append("\">");
        var parent = nodes.Count > 0 ? nodes[0].Parent : null;
        if (parent is not null && parent == open && nodes.Count > MaxListed && ListingUrl(parent) is { } listing)
        {
            var entries = new List<string>(nodes.Count);
            foreach (var node in nodes)
            {
                var entry = new NavParts();
                WriteEntry(entry, node, openPath, depth, open, ref window);
                entries.Add(string.Concat(entry.ToArray()));
            }

            window = new NavWindow(parent, listing, entries);
            parts.Add(WindowMarker);
            parts.Own.Append("\n</ul>");
            return;
        }

        foreach (var node in nodes)
        {
            WriteEntry(parts, node, openPath, depth, open, ref window);
        }

        parts.Own.Append("\n</ul>");
    }

    /// <summary>
    /// The page listing every entry of <paramref name="section"/>: its own page (an API tag lists its
    /// operations), else the API overview's list for a folder like Schemas; null when there is none.
    /// </summary>
    private string? ListingUrl(NavNode section)
    {
        if (section.Page is { } own)
        {
            return site.UrlOf(own);
        }

        return section.Parent?.Page is { Kind: PageKind.ApiIndex } overview
            ? site.UrlOf(overview) + "#" + Slugs.From(section.Title)
            : null;
    }

    private void WriteEntry(NavParts parts, NavNode node, HashSet<NavNode> openPath, int depth, NavNode? open, ref NavWindow? window)
    {
        if (!openPath.Contains(node))
        {
            // Off the open path an entry depends on its node alone: made once, shared by every sidebar that lists it.
            parts.Add(_entries.GetOrAdd(node, static (n, self) => self.ClosedEntry(n), this));
            return;
        }

        // An open section links only to a page of its own. One without (an x-tagGroups group, Schemas, a folder
        // without an index page) is a label: a link to its first entry would repeat the entry listed right under
        // it, and take that page's "current" mark from it.
        var html = parts.Own;
        var target = node.Page;
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
        WriteList(parts, node.Children, openPath, depth + 1, open, ref window);
        parts.Own.Append("\n</details>\n</li>");
    }

    /// <summary>The entry of a node that is not on the open path: a closed section, a page or an external link ("" for none).</summary>
    private string ClosedEntry(NavNode node)
    {
        var html = new StringBuilder();
        var target = node.Page ?? node.FirstPage;
        if (node.IsSection || node.Children.Count > 0)
        {
            // A closed section is a link to its first page: opening it loads that page and its sidebar.
            html.Append("\n<li class=\"nav-section is-closed\">");
            if (target is not null)
            {
                WriteLink(html, node, target);
            }

            html.Append("</li>");
        }
        else if (target is not null)
        {
            html.Append("<li class=\"nav-item\">");
            WriteLink(html, node, target);
            html.Append("</li>");
        }
        else if (node.Link is { } link)
        {
            // An external link the site's nav lists (docsgen.yml); it leaves the docs, so it says so.
            html.Append("<li class=\"nav-item\"><a class=\"nav-link nav-external\" href=\"").Append(WebUtility.HtmlEncode(link))
                .Append("\" rel=\"noopener\">").Append(WebUtility.HtmlEncode(node.Title)).Append("</a></li>");
        }

        return html.ToString();
    }

    private void WriteLink(StringBuilder html, NavNode node, Page target)
    {
        html.Append("<a class=\"nav-link\" href=\"").Append(WebUtility.HtmlEncode(site.UrlOf(target))).Append("\">");
        if ((node.Page?.Model as IHasHttpMethod)?.HttpMethod is { } method)
        {
            var m = WebUtility.HtmlEncode(method);
            html.Append("<span class=\"method method-").Append(m.ToLowerInvariant()).Append("\">").Append(m.ToUpperInvariant()).Append("</span> ");
        }

        // The title is the link's own text: a span around it (30 bytes) on each of the ~120 links of a 10k-page site's
        // sidebar was 36 MB of its 273 MB of pages, and no style or script used it (.nav-link lays out its children).
        html.Append(WebUtility.HtmlEncode(node.Title)).Append("</a>");
    }

    /// <summary>A sidebar's parts as they are written: shared entries, and its own text between them.</summary>
    private sealed class NavParts
    {
        private readonly List<string> _parts = [];

        /// <summary>This sidebar's own text after the last part.</summary>
        public StringBuilder Own { get; } = new();

        public void Add(string part)
        {
            Flush();
            if (part.Length > 0)
            {
                _parts.Add(part);
            }
        }

        public string[] ToArray()
        {
            Flush();
            return [.. _parts];
        }

        private void Flush()
        {
            if (Own.Length > 0)
            {
                _parts.Add(Own.ToString());
                Own.Clear();
            }
        }
    }
}
