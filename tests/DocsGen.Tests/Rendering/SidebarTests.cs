using AngleSharp.Html.Parser;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Rendering;

/// <summary>The sidebar the default theme shows, built by the engine once per open section.</summary>
public sealed class SidebarTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Pets API, version: 1.0.0 }
        paths:
          /pets:
            post:
              operationId: createPet
              tags: [Pets]
              summary: Create a pet
              responses:
                '201': { description: Created }
        """;

    [Fact]
    public async Task Marks_the_current_page_opens_its_section_and_badges_operations()
    {
        using var site = NewSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var nav = Sidebar(site, "v1/guides/quickstart/index.html");
        var active = Assert.Single(nav.QuerySelectorAll("[aria-current=page]"));
        Assert.Equal("Quickstart", active.TextContent.Trim());
        Assert.True(active.Closest("details")!.HasAttribute("open"));

        // The API section is closed on a guide page: one link to its overview, no entries inside.
        var api = nav.QuerySelector("li.nav-section.is-closed a[href='/v1/api/']");
        Assert.NotNull(api);
        Assert.Null(nav.QuerySelector("a[href='/v1/api/operations/createpet/']"));

        var operationNav = Sidebar(site, "v1/api/operations/createpet/index.html");
        var method = operationNav.QuerySelector("a[aria-current=page] .method.method-post");
        Assert.Equal("POST", method?.TextContent);
    }

    [Fact]
    public async Task Pages_of_one_section_share_the_sidebar_except_the_current_mark()
    {
        using var site = NewSite();
        await site.BuildAsync();

        var a = Sidebar(site, "v1/guides/quickstart/index.html").OuterHtml.Replace(" aria-current=\"page\"", "");
        var b = Sidebar(site, "v1/guides/payments/index.html").OuterHtml.Replace(" aria-current=\"page\"", "");
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task A_huge_open_tag_lists_the_entries_around_the_current_page_and_links_to_the_tag_for_the_rest()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", """
            title: Sidebar
            versions:
              - id: v1
                apis:
                  - spec: versions/v1/many.yaml
                    prefix: api
            """);
        var paths = string.Concat(Enumerable.Range(0, 100).Select(i =>
            $"  /things/{i:000}:\n    get:\n      operationId: thing{i:000}\n      tags: [Things]\n      responses:\n        '200': {{ description: OK }}\n"));
        site.Write("versions/v1/many.yaml", "openapi: 3.1.0\ninfo: { title: Many, version: 1.0.0 }\npaths:\n" + paths);
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\nHello.\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var nav = Sidebar(site, "v1/api/operations/thing050/index.html");
        var entries = nav.QuerySelectorAll("a.nav-link[href^='/v1/api/operations/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.InRange(entries.Count, 10, DocsGen.Rendering.NavCache.MaxListed);
        Assert.Contains("/v1/api/operations/thing049/", entries);
        Assert.Contains("/v1/api/operations/thing051/", entries);
        Assert.Equal("/v1/api/operations/thing050/", nav.QuerySelector("[aria-current=page]")?.GetAttribute("href"));

        // Entries left out on either side are one link away: the tag page lists every operation.
        var more = nav.QuerySelectorAll("li.nav-more a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/v1/api/tags/things/", "/v1/api/tags/things/"], more);
        var tagPage = File.ReadAllText(Path.Combine(site.Output, "v1/api/tags/things/index.html"));
        Assert.Contains("/v1/api/operations/thing000/", tagPage);
        Assert.Contains("/v1/api/operations/thing099/", tagPage);
    }

    [Fact]
    public async Task A_theme_that_lists_the_nav_items_gets_the_open_sections_and_the_current_page_marked()
    {
        using var site = NewSite();
        // The site's own sidebar partial walks the items instead of writing nav_html; it also uses nav_html and the page
        // body as text (piped), which the engine otherwise writes into the page in pieces.
        site.Write("themes/default/partials/nav.html", """
            {{- func item_html(item) -}}
            <div data-title="{{ item.title }}"{{ if item.is_active }} data-active{{ end }}{{ if item.is_open }} data-open{{ end }}>
            {{- for child in item.children }}{{ item_html child }}{{ end -}}
            </div>
            {{- end -}}
            <div class="items">{{ for item in nav }}{{ item_html item }}{{ end }}</div>
            <p class="same-list">{{ (version.nav | array.size) == (nav | array.size) }}</p>
            <p class="marks">{{ nav_html | string.contains 'aria-current="page"' }}</p>
            <p class="body-length">{{ (content | string.size) > 0 }}</p>
            """);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var nav = Sidebar(site, "v1/guides/quickstart/index.html");
        var active = Assert.Single(nav.QuerySelectorAll("[data-active]"));
        Assert.Equal("Quickstart", active.GetAttribute("data-title"));
        Assert.Equal("Guides", active.ParentElement?.GetAttribute("data-title"));
        Assert.True(active.ParentElement!.HasAttribute("data-open"));
        Assert.Equal("true", nav.QuerySelector(".same-list")?.TextContent);
        Assert.Equal("true", nav.QuerySelector(".marks")?.TextContent);
        Assert.Equal("true", nav.QuerySelector(".body-length")?.TextContent);

        // The next page of the same section shares its items, with its own entry marked and no other.
        var next = Sidebar(site, "v1/guides/payments/index.html");
        Assert.Equal("Payments", Assert.Single(next.QuerySelectorAll("[data-active]")).GetAttribute("data-title"));
        Assert.Empty(next.QuerySelectorAll("[data-title=Quickstart] [data-title]"));
    }

    private static TestSite NewSite()
    {
        var site = TestSite.Empty();
        site.Write("docsgen.yml", """
            title: Sidebar
            versions:
              - id: v1
                apis:
                  - spec: versions/v1/pets.yaml
                    prefix: api
            """);
        site.Write("versions/v1/pets.yaml", Spec);
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\nHello.\n");
        site.Write("versions/v1/guides/quickstart.md", "---\ntitle: Quickstart\nsidebar_position: 1\n---\nStart.\n");
        site.Write("versions/v1/guides/payments.md", "---\ntitle: Payments\nsidebar_position: 2\n---\nPay.\n");
        return site;
    }

    private static AngleSharp.Dom.IElement Sidebar(TestSite site, string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
        return document.QuerySelector("nav#sidebar")!;
    }
}
