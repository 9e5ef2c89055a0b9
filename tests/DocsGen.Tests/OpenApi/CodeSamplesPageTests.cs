using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Checks;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;
using DocsGen.Tests.Search;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// An operation page carries its first code sample; every language is on the samples/ page next to it,
/// which the page's tabs load and its links reach without scripts. Built on the search fixture site
/// (base path /docs/, one API with two operations in v3).
/// </summary>
public sealed class CodeSamplesPageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private readonly HtmlParser _parser = new();

    [Fact]
    public void Operation_page_shows_its_first_sample_and_a_tab_and_link_for_every_other_language()
    {
        foreach (var (page, operation) in Operations())
        {
            var document = Parse(page.Url + "index.html");
            var samplesUrl = "/docs/" + page.Url + "samples/";
            var tabs = document.QuerySelector("#code-samples .tabs")!;

            Assert.Equal(operation.CodeSamples.Select(s => s.Key), tabs.QuerySelectorAll("[role=tab]").Select(t => t.GetAttribute("data-tab")));
            var inline = Assert.Single(tabs.QuerySelectorAll(".tab-panel"));
            Assert.Equal(operation.CodeSamples[0].Key, inline.GetAttribute("data-tab"));
            Assert.Equal(operation.CodeSamples[0].Source, inline.QuerySelector("pre.code code")!.TextContent);
            Assert.NotEmpty(inline.QuerySelectorAll("code span[class^=tok-]"));
            Assert.Equal(samplesUrl, tabs.GetAttribute("data-tab-source"));
            Assert.Equal(
                operation.CodeSamples.Skip(1).Select(s => samplesUrl + "#" + s.Key),
                document.QuerySelectorAll("#code-samples [data-tab-fallback] a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Samples_page_holds_every_language_highlighted_under_its_tab_key_and_links_back()
    {
        foreach (var (page, operation) in Operations())
        {
            var document = Parse(page.Url + "samples/index.html");

            var sections = document.QuerySelectorAll("[data-code-samples] section[data-tab]");
            Assert.Equal(operation.CodeSamples.Select(s => s.Key), sections.Select(s => s.Id));
            Assert.Equal(operation.CodeSamples.Select(s => s.Key), sections.Select(s => s.GetAttribute("data-tab")));
            Assert.Equal(operation.CodeSamples.Select(s => s.Label), sections.Select(s => s.QuerySelector("h2")!.TextContent));
            Assert.Equal(operation.CodeSamples.Select(s => s.Source), sections.Select(s => s.QuerySelector("pre.code code")!.TextContent));
            Assert.All(sections, s => Assert.NotEmpty(s.QuerySelectorAll("code span[class^=tok-]")));
            Assert.Equal("/docs/" + page.Url, document.QuerySelector(".breadcrumbs a")!.GetAttribute("href"));
            Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal(
                operation.CodeSamples.Select(s => "#" + s.Key),
                document.QuerySelectorAll("[data-code-samples] > p > a[href^='#']").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Samples_pages_stay_out_of_the_sitemap_the_search_index_and_llms_txt()
    {
        Assert.NotEmpty(Operations());
        var files = new[] { "sitemap.xml", "llms.txt", "llms-full.txt" }
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)));
        foreach (var file in files)
        {
            Assert.DoesNotContain("/samples/", site.Read(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Links_between_operation_pages_and_their_samples_pages_pass_the_link_check()
    {
        var report = await CheckRunner.RunAsync(new CheckOptions { Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Search", "site") });

        Assert.False(report.BuildFailed, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d =>
            d.Code is DiagnosticCodes.OutputLinkTargetMissing or DiagnosticCodes.OutputLinkAnchorMissing or DiagnosticCodes.OutputLinkOutsideSite);
    }

    private List<(Page Page, ApiOperation Operation)> Operations() =>
        site.Result.Site!.Versions["v3"].All
            .Where(p => p.Model is ApiOperation { CodeSamples.Count: > 1 })
            .Select(p => (p, (ApiOperation)p.Model!))
            .ToList();

    private IHtmlDocument Parse(string relativePath)
    {
        Assert.True(site.Exists(relativePath), $"{relativePath} was not written");
        return _parser.ParseDocument(site.Read(relativePath));
    }
}
