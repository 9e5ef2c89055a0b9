using AngleSharp.Html.Parser;
using DocsGen.OpenApi.Pages;
using DocsGen.SiteModel;

namespace DocsGen.Tests.OpenApi;

public sealed class TemplateRenderingTests
{
    [Theory]
    [InlineData("Fixtures:petstore-3.0.yaml")]
    [InlineData("Fixtures:features-3.1.yaml")]
    [InlineData("Fixtures:swagger-2.0.json")]
    [InlineData("Corpus:edge-cases/tests/circularRef.yaml")]
    [InlineData("Corpus:oai-examples/v3.0/callback-example.yaml")]
    [InlineData("Corpus:museum/openapi.yaml")]
    public async Task Every_api_page_renders_without_leftover_template_syntax(string source)
    {
        var path = source.StartsWith("Fixtures:", StringComparison.Ordinal)
            ? TestPaths.Fixture(source["Fixtures:".Length..])
            : Path.Combine(TestPaths.CorpusSpecs, source["Corpus:".Length..]);
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);
        Assert.True(spec is not null, string.Join("\n", diagnostics.ToList()));
        var renderer = new ThemeRenderer();
        var parser = new HtmlParser();

        foreach (var page in ApiPages.Create(spec!, SpecTestKit.Config(path), "v1"))
        {
            var html = renderer.Render(page, "/docs/");

            Assert.DoesNotContain("{{", html);
            Assert.DoesNotContain("}}", html);
            var document = parser.ParseDocument(html);
            var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('#'))
                {
                    Assert.Contains(href[1..], ids);
                }
                else
                {
                    Assert.StartsWith("/docs/v1/", href);
                }
            }
        }
    }

    [Fact]
    public async Task Operation_page_has_stable_section_anchors_and_language_tabs()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");
        var pages = ApiPages.Create(spec, SpecTestKit.Config("petstore-3.0.yaml"), "v1");
        var renderer = new ThemeRenderer();
        var document = new HtmlParser().ParseDocument(renderer.Render(pages.Single(p => p.Route == "api/operations/createpet")));
        var getPet = new HtmlParser().ParseDocument(renderer.Render(pages.Single(p => p.Route == "api/operations/getpet")));

        foreach (var id in new[] { "security", "request-body", "responses", "response-201", "response-default", "code-samples" })
        {
            Assert.NotNull(document.GetElementById(id));
        }

        Assert.NotNull(getPet.GetElementById("parameters"));
        Assert.NotNull(getPet.GetElementById("param-path-petId"));

        var tabs = document.QuerySelectorAll(".tabs[data-tab-group=lang] button[role=tab]").Select(b => b.GetAttribute("data-tab"));
        Assert.Equal(["curl", "js", "python", "csharp", "go", "java"], tabs);
        Assert.Equal(["curl"], document.QuerySelectorAll(".tabs[data-tab-group=lang] .tab-panel").Select(p => p.GetAttribute("data-tab")));
        Assert.Equal("/v1/api/operations/createpet/samples/", document.QuerySelector(".tabs[data-tab-group=lang]")!.GetAttribute("data-tab-source"));
        Assert.Equal(
            ["js", "python", "csharp", "go", "java"],
            document.QuerySelectorAll("#code-samples [data-tab-fallback] a").Select(a => a.GetAttribute("href")!.Replace("/v1/api/operations/createpet/samples/#", "")));
        Assert.NotNull(document.QuerySelector("a[href='/v1/api/schemas/pet/']"));
    }

    [Fact]
    public async Task Schema_tree_uses_nested_details_that_work_without_script()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");
        var page = ApiPages.Create(spec, SpecTestKit.Config("petstore-3.0.yaml"), "v1").Single(p => p.Kind == PageKind.Schema && p.Title == "Pet");

        var document = new HtmlParser().ParseDocument(new ThemeRenderer().Render(page));

        var nested = document.QuerySelectorAll(".schema-tree details details");
        Assert.NotEmpty(nested);
        Assert.Contains(document.QuerySelectorAll(".schema-tree li > code"), e => e.TextContent == "name");
    }

    [Fact]
    public async Task Operation_trees_name_their_side_and_link_nested_components_for_lazy_opening()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");
        var pages = ApiPages.Create(spec, SpecTestKit.Config("petstore-3.0.yaml"), "v1");
        var renderer = new ThemeRenderer();
        var operation = new HtmlParser().ParseDocument(renderer.Render(pages.Single(p => p.Route == "api/operations/createpet")));
        var schema = new HtmlParser().ParseDocument(renderer.Render(pages.Single(p => p.Kind == PageKind.Schema && p.Title == "Pet")));

        Assert.Equal("request", operation.QuerySelector("#request-body .schema-tree")!.GetAttribute("data-side"));
        Assert.Equal("response", operation.QuerySelector("#responses .schema-tree")!.GetAttribute("data-side"));
        var category = operation.QuerySelectorAll("#request-body .schema-tree li")
            .Single(li => li.QuerySelector("summary > code")?.TextContent == "category");
        var lazy = category.QuerySelector("details[data-lazy]")!;
        Assert.Equal("/v1/api/schemas/category/", lazy.QuerySelector(":scope > .ref a")!.GetAttribute("href"));
        Assert.Empty(lazy.QuerySelectorAll("li"));

        // The schema page (side "any") marks the rows a request or a response leaves out.
        Assert.Null(schema.QuerySelector("#schema .schema-tree")!.GetAttribute("data-side"));
        Assert.Equal(["id", "createdAt"], schema.QuerySelectorAll("#schema .schema-tree li.ro > code").Select(c => c.TextContent));
        Assert.Equal(["secret"], schema.QuerySelectorAll("#schema .schema-tree li.wo > code").Select(c => c.TextContent));
    }
}
