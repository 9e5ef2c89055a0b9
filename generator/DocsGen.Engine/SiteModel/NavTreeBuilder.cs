using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.SiteModel;

/// <summary>
/// A version's navigation from the sidebar docsgen.yml writes out (<c>nav</c> in MkDocs' spelling), kept in the written
/// order with the written titles. As in MkDocs, a guide the nav does not name is published but not listed; a group whose
/// first entry is an untitled index page opens that page (Material's section index pages). Generated pages (API
/// reference, changelog) are not the nav's to place: they follow in their usual sections.
/// </summary>
public static class NavTreeBuilder
{
    public static NavNode Build(VersionPages pages, IReadOnlyList<NavEntry> tree, IReadOnlyList<SectionInfo> sections, IReadOnlyList<string> topOrder, DiagnosticBag diagnostics)
    {
        var root = new NavNode { Title = "", Key = "", IsSection = true };
        Add(root, tree, pages, diagnostics);
        var generated = NavBuilder.Build(pages.All.Where(p => p.Kind != PageKind.Guide), sections, topOrder);
        foreach (var node in generated.Children)
        {
            node.Parent = root;
            root.Children.Add(node);
        }

        return root;
    }

    private static void Add(NavNode parent, IReadOnlyList<NavEntry> entries, VersionPages pages, DiagnosticBag diagnostics)
    {
        foreach (var entry in entries)
        {
            if (entry.Children is { } children)
            {
                var section = new NavNode { Title = entry.Title ?? "", Key = Key(parent, entry.Title ?? ""), IsSection = true, Parent = parent };
                var rest = children;
                if (children.Count > 0 && children[0] is { Title: null, Page: { } first } && Find(pages, first) is { IsSectionIndex: true } index)
                {
                    section.Page = index;
                    rest = children.Skip(1).ToList();
                }

                Add(section, rest, pages, diagnostics);
                section.FirstPage = section.Page ?? FirstPage(section);
                parent.Children.Add(section);
            }
            else if (entry.Link is { } link)
            {
                parent.Children.Add(new NavNode { Title = entry.Title ?? link, Key = link, Link = link, Parent = parent });
            }
            else if (entry.Page is { } file)
            {
                if (Find(pages, file) is not { } page)
                {
                    diagnostics.Warning(DiagnosticCodes.NavPageMissing, $"The nav lists '{file}', which is not a page of version {pages.Version}; the entry is left out.",
                        entry.At, "Check the path: nav entries are Markdown files relative to the version folder (a draft is not published).");
                    continue;
                }

                parent.Children.Add(new NavNode { Title = entry.Title ?? page.NavTitle ?? page.Title, Key = page.Route, Page = page, Parent = parent });
            }
        }
    }

    private static Page? Find(VersionPages pages, string file) => pages.BySourcePath(file.Replace('\\', '/').TrimStart('.', '/'));

    private static string Key(NavNode parent, string title) => (parent.Key.Length == 0 ? "" : parent.Key + "/") + Slugs.From(title);

    private static Page? FirstPage(NavNode node) => node.Children.Select(c => c.Page ?? c.FirstPage).FirstOrDefault(p => p is not null);
}
