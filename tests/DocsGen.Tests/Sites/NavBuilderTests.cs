using DocsGen.Content;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Sites;

public sealed class NavBuilderTests
{
    [Fact]
    public void Pages_sort_by_position_then_title_and_the_start_page_leads()
    {
        var nav = Build([Guide("zebra.md", order: 1), Guide("beta.md"), Guide("alpha.md"), Guide("index.md", title: "Home")]);

        Assert.Equal(["Home", "Zebra", "Alpha", "Beta"], Titles(nav));
    }

    [Fact]
    public void Section_files_give_folders_their_title_and_order()
    {
        var nav = Build(
            [Guide("guides/a.md"), Guide("reference/b.md"), Guide("top.md", order: 5)],
            [new SectionInfo("guides", "Guides", 10), new SectionInfo("reference", "API reference", 1)]);

        Assert.Equal(["API reference", "Top", "Guides"], Titles(nav));
    }

    [Fact]
    public void Nav_list_orders_top_level_entries_and_unlisted_ones_follow()
    {
        var nav = Build(
            [Guide("index.md", title: "Home"), Guide("guides/a.md"), Guide("reference/b.md"), Guide("faq.md", order: 1)],
            [],
            ["reference", "guides"]);

        Assert.Equal(["Home", "Reference", "Guides", "Faq"], Titles(nav));
    }

    [Fact]
    public void Index_page_becomes_the_section_link_and_names_it_without_a_section_file()
    {
        var nav = Build([Guide("guides/index.md", title: "All guides", isIndex: true), Guide("guides/auth.md")]);

        var section = Assert.Single(nav.Children);
        Assert.Equal("All guides", section.Title);
        Assert.Equal("guides", section.Page?.Route);
        Assert.Equal(["Auth"], Titles(section));
    }

    [Fact]
    public void Section_without_index_page_links_to_its_first_page()
    {
        var nav = Build([Guide("guides/b.md", order: 2), Guide("guides/a.md", order: 1)]);

        Assert.Equal("guides/a", nav.Children.Single().FirstPage?.Route);
    }

    [Fact]
    public void Navigation_title_is_used_and_hidden_pages_are_left_out()
    {
        var nav = Build([Guide("long.md", title: "A very long title", navTitle: "Short"), Guide("secret.md", hidden: true)]);

        Assert.Equal(["Short"], Titles(nav));
    }

    [Fact]
    public void Reading_order_follows_the_tree_depth_first()
    {
        var nav = Build([Guide("index.md", title: "Home"), Guide("guides/b.md", order: 2), Guide("guides/a.md", order: 1), Guide("z.md", order: 1)]);

        Assert.Equal(["", "z", "guides/a", "guides/b"], NavBuilder.ReadingOrder(nav).Select(p => p.Route));
    }

    private static NavNode Build(Page[] pages, SectionInfo[]? sections = null, string[]? order = null) =>
        NavBuilder.Build(pages, sections ?? [], order ?? []);

    private static List<string> Titles(NavNode node) => node.Children.Select(c => c.Title).ToList();

    /// <summary>A guide page as the Markdown stage models it from its version-relative path.</summary>
    private static Page Guide(string path, string? title = null, int? order = null, string? navTitle = null, bool hidden = false, bool? isIndex = null)
    {
        var index = isIndex ?? Path.GetFileName(path) == "index.md";
        var parts = path.Split('/');
        var folders = Enumerable.Range(1, parts.Length - 1).Select(i => string.Join('/', parts[..i])).ToList();
        return new Page
        {
            Version = "v1",
            Route = Slugs.GuideRoute(path, null, index),
            Title = title ?? char.ToUpperInvariant(Path.GetFileNameWithoutExtension(path)[0]) + Path.GetFileNameWithoutExtension(path)[1..],
            Kind = PageKind.Guide,
            Layout = "guide",
            Section = folders.Select(f => char.ToUpperInvariant(f.Split('/')[^1][0]) + f.Split('/')[^1][1..]).ToList(),
            SectionFolders = folders,
            Order = order ?? (index ? int.MinValue : int.MaxValue),
            NavTitle = navTitle,
            HideFromNav = hidden,
            IsSectionIndex = index,
        };
    }
}
