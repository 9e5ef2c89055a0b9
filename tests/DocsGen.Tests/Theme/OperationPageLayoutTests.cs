using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsGen.OpenApi.Model;
using DocsGen.Tests.OpenApi.Downloads;

namespace DocsGen.Tests.Theme;

/// <summary>
/// The static markup of an operation page (issue 20): a main column and an aside with the code samples, a hidden
/// "Response example" box docsgen.js fills, and "Try it"; response examples wrapped so they can move there; small
/// component trees expanded in place and big ones borrowing their nested rows from the schema page. The spec is
/// written by the test, so the tree sizes are what the test says.
/// </summary>
public sealed class OperationPageLayoutTests : IAsyncLifetime
{
    private string _folder = "";
    private SpecSite? _site;

    public async Task InitializeAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "docsgen-tests", "layout-spec-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var spec = Path.Combine(_folder, "shop.yaml");
        await File.WriteAllTextAsync(spec, Spec());
        _site = await SpecSite.BuildAsync(spec);
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics.Take(5)));
    }

    public Task DisposeAsync()
    {
        _site?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_aside_holds_the_code_samples_a_hidden_response_example_box_and_try_it()
    {
        var page = Page("getorder");

        var main = page.QuerySelector(".op-columns > .op-main")!;
        var aside = page.QuerySelector(".op-columns > aside.op-aside")!;
        Assert.NotNull(main.QuerySelector("#parameters"));
        Assert.NotNull(main.QuerySelector("#responses"));
        Assert.Equal(["code-samples", "response-example", "try-it"], aside.Children.Select(c => c.Id));
        Assert.True(aside.QuerySelector("#response-example")!.HasAttribute("hidden"), "without scripts the box stays hidden");
        Assert.False(string.IsNullOrEmpty(aside.GetAttribute("aria-label")));
    }

    [Fact]
    public void Each_response_example_stays_in_its_response_wrapped_with_its_media_type()
    {
        var page = Page("getorder");

        var boxes = page.QuerySelectorAll("#responses [data-examples]");
        Assert.Equal(["response-200 application/json", "response-404 application/json"], boxes.Select(b => b.Closest("details.api-response")!.Id + " " + b.GetAttribute("data-media")));
        Assert.All(boxes, b => Assert.NotNull(b.QuerySelector("pre.code")));
        Assert.Empty(page.QuerySelectorAll(".op-aside [data-examples]"));
    }

    [Fact]
    public void A_small_component_expands_in_place_and_a_big_one_borrows_its_nested_rows_from_its_schema_page()
    {
        var page = Page("getorder");
        var small = page.QuerySelector("#response-200-application-json .schema-tree")!;
        var big = page.QuerySelector("#response-404-application-json .schema-tree")!;

        // Order: 4 properties, one an object of 2: well under the budget, so the nested fields are on the page.
        Assert.Empty(small.QuerySelectorAll("details[data-row]"));
        Assert.Equal(["street", "city"], small.QuerySelectorAll("details > ul > li > code").Select(c => c.TextContent));

        // Problem: more properties than the budget, so its nested object links to the schema page (docsgen.js copies it in).
        var row = Assert.Single(big.QuerySelectorAll("details[data-lazy][data-row]"));
        Assert.Null(row.QuerySelector("ul"));
        Assert.Equal("/v1/api0/schemas/problem/", row.QuerySelector(".ref a")!.GetAttribute("href"));
        var schemaPage = Parse("v1/api0/schemas/problem/index.html");
        Assert.Equal(["field", "reason"], schemaPage.QuerySelectorAll("#schema details > ul > li > code").Select(c => c.TextContent));
    }

    [Fact]
    public void The_budget_counts_every_node_and_level_of_the_tree()
    {
        var leaf = new SchemaNode { TypeLabel = "string" };
        var wide = new SchemaNode { TypeLabel = "object", Properties = [.. Enumerable.Repeat(leaf, SchemaNode.InlineNodes)] };
        var deep = Enumerable.Range(0, SchemaNode.InlineDepth + 1).Aggregate(leaf, (inner, _) => new SchemaNode { TypeLabel = "object", Properties = [inner] });

        Assert.Equal(SchemaNode.InlineNodes + 1, wide.TreeSize);
        Assert.False(wide.FitsInline);
        Assert.Equal(SchemaNode.InlineDepth + 2, deep.TreeDepth);
        Assert.False(deep.FitsInline);
        Assert.True(new SchemaNode { TypeLabel = "object", Properties = [leaf, leaf] }.FitsInline);
    }

    private IHtmlDocument Page(string operation) => Parse($"v1/api0/operations/{operation}/index.html");

    private IHtmlDocument Parse(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(_site!.PathOf(relative)));

    private static string Spec()
    {
        var many = new StringBuilder();
        for (var i = 0; i < SchemaNode.InlineNodes; i++)
        {
            many.Append($"        extra{i}:\n          type: string\n");
        }

        return $$"""
            openapi: 3.0.3
            info: { title: Shop, version: "1" }
            servers: [{ url: "https://shop.example" }]
            paths:
              /orders/{id}:
                get:
                  operationId: getOrder
                  summary: Get an order
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses:
                    "200":
                      description: The order.
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/Order" }
                          example: { id: o_1, total: 12, status: paid, address: { street: Main St 1, city: Bern } }
                    "404":
                      description: No such order.
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/Problem" }
                          example: { title: Not found }
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    id: { type: string }
                    total: { type: integer }
                    status: { type: string }
                    address:
                      type: object
                      properties:
                        street: { type: string }
                        city: { type: string }
                Problem:
                  type: object
                  properties:
                    title: { type: string }
                    detail:
                      type: object
                      properties:
                        field: { type: string }
                        reason: { type: string }
            {{many}}
            """;
    }
}
