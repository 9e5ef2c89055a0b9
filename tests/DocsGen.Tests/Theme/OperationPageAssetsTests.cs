using System.Text.Json;
using AngleSharp.Html.Parser;
using DocsGen.Tests.Search;

namespace DocsGen.Tests.Theme;

/// <summary>
/// What an operation page loads at first view (issue 3's page weight): the shared stylesheets and
/// docsgen.js only. The playground and search files are named on their elements and fetched on use.
/// </summary>
public sealed class OperationPageAssetsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string OperationFolder = "v3/api/operations/listrefunds/";

    private AngleSharp.Html.Dom.IHtmlDocument Operation() => new HtmlParser().ParseDocument(site.Read(OperationFolder + "index.html"));

    [Fact]
    public void An_operation_page_loads_only_the_shared_stylesheets_and_docsgen_js_at_first_view()
    {
        var html = Operation();

        Assert.Equal(["/docs/assets/docsgen.css", "/docs/assets/api.css"],
            html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal(["/docs/assets/docsgen.js"], html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Null(html.QuerySelector("#playground-data"));
    }

    [Fact]
    public void The_api_index_adds_the_stylesheet_of_its_operation_lists()
    {
        var html = new HtmlParser().ParseDocument(site.Read("v3/api/index.html"));

        Assert.Equal(["/docs/assets/docsgen.css", "/docs/assets/api.css", "/docs/assets/api-lists.css"],
            html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.NotNull(html.QuerySelector(".api-operation-list"));
    }

    [Fact]
    public void The_playground_and_search_name_the_files_they_load_on_first_use()
    {
        var html = Operation();

        var playground = html.QuerySelector("#try-it[data-playground]")!;
        Assert.True(playground.HasAttribute("hidden"));
        Assert.Equal("/docs/assets/playground.css", playground.GetAttribute("data-load-css"));
        Assert.Equal("/docs/assets/playground.js", playground.GetAttribute("data-load-js"));
        Assert.Equal("/docs/" + OperationFolder + "playground.json", playground.GetAttribute("data-load-json"));
        Assert.NotNull(playground.QuerySelector("button[data-playground-open][aria-controls=playground-root]"));

        var search = html.QuerySelector("dialog[data-search-dialog]")!;
        Assert.Equal("/docs/assets/search.css", search.GetAttribute("data-load-css"));
        Assert.Equal("/docs/assets/search.js", search.GetAttribute("data-load-js"));
    }

    [Fact]
    public void The_playground_data_is_a_json_file_beside_the_operation_page()
    {
        using var data = JsonDocument.Parse(site.Read(OperationFolder + "playground.json"));

        Assert.Equal("GET", data.RootElement.GetProperty("method").GetString());
        Assert.StartsWith("/", data.RootElement.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docsgen.css")]
    [InlineData("api.css")]
    [InlineData("docsgen.js")]
    [InlineData("playground.js")]
    [InlineData("search.js")]
    public void Theme_css_and_js_are_published_minified_while_the_theme_keeps_its_source(string asset)
    {
        var source = File.ReadAllText(Path.Combine(Sites.RepoPaths.Root, "themes", "default", "assets", asset));
        var published = site.Read("assets/" + asset);

        Assert.True(published.Length < source.Length * 0.9, $"{asset}: {published.Length:N0} published vs {source.Length:N0} source bytes");
        Assert.DoesNotContain("/*", published, StringComparison.Ordinal);
        Assert.StartsWith("/*", source, StringComparison.Ordinal);
    }
}
