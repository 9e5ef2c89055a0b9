using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Build;

namespace DocsGen.Tests.Checks.Coverage;

/// <summary>The writers' page built from Fixtures/Checks/coverage (checks.coverage.page: true).</summary>
public sealed class CoveragePageTests : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "docsgen-coverage-page-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = CheckFixtures.Site("coverage"), Output = _output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    private IHtmlDocument Page => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, "v1", "coverage", "index.html")));

    [Fact]
    public void The_page_has_a_row_per_operation_with_a_mark_per_criterion_linking_to_the_operation_page()
    {
        var rows = Page.QuerySelectorAll("table.coverage-operations tbody tr").ToList();

        Assert.Equal(6, rows.Count);
        var cells = rows.Select(r => string.Join(" ", r.QuerySelectorAll("td.coverage-cell").Select(c => c.ClassList.Last()))).ToList();
        Assert.Equal(
        [
            "coverage-yes coverage-yes coverage-yes coverage-yes coverage-na coverage-yes",
            "coverage-yes coverage-yes coverage-yes coverage-yes coverage-yes coverage-no",
            "coverage-yes coverage-no coverage-yes coverage-no coverage-na coverage-yes",
            "coverage-no coverage-yes coverage-yes coverage-yes coverage-na coverage-na",
            "coverage-yes coverage-yes coverage-yes coverage-no coverage-na coverage-no",
            "coverage-yes coverage-yes coverage-no coverage-no coverage-yes coverage-na",
        ], cells);
        Assert.Equal(
            ["/v1/api/operations/listitems/", "/v1/api/operations/createitem/", "/v1/api/operations/getitem/", "/v1/api/operations/deleteitem/",
             "/v1/api/operations/listorders/", "/v1/api/webhooks/itemsold/"],
            rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        foreach (var href in rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")!))
        {
            Assert.True(File.Exists(Path.Combine(_output, href.Trim('/'), "index.html")), href + " does not exist");
        }

        Assert.Equal("description", rows[2].QuerySelector(".coverage-missing")!.TextContent);
        Assert.Equal("✓yes", rows[0].QuerySelector("td.coverage-cell")!.TextContent);
    }

    [Fact]
    public void The_page_shows_totals_per_spec_and_per_tag()
    {
        var page = Page;

        Assert.Contains("50% covered: 3 of 6 operations of version v1 have summary, description and guide.", page.QuerySelector(".coverage-figure")!.TextContent);
        Assert.Equal(
            ["items 2 / 4 50%", "orders 1 / 1 100%", "Webhooks 0 / 1 0%"],
            page.QuerySelectorAll("table.coverage-tags tbody tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent))));
        Assert.Equal(
            ["5 (83.3%)", "5 (83.3%)", "5 (83.3%)", "3 (50%)", "4 (66.6%)"],
            page.QuerySelectorAll("table.coverage-totals tbody td").Select(c => c.TextContent));
        Assert.NotNull(page.QuerySelector("link[href='/assets/coverage.css']"));
        Assert.True(File.Exists(Path.Combine(_output, "assets", "coverage.css")));
    }

    [Fact]
    public void The_page_is_kept_out_of_search_engines_the_sitemap_the_search_index_and_the_navigation()
    {
        var page = Page;

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("coverage", File.ReadAllText(Path.Combine(_output, "sitemap.xml")));
        Assert.All(Directory.EnumerateFiles(Path.Combine(_output, "search"), "*.json", SearchOption.AllDirectories),
            file => Assert.DoesNotContain("/coverage/", File.ReadAllText(file)));
        Assert.DoesNotContain(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/v1/coverage/");
    }
}
