using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Build;
using DocsGen.Checks;
using DocsGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// An operation page cuts large trees short to stay light; every nested field it leaves out is on the
/// operation's fields/ page, where its truncated rows link. Built on Fixtures/OpenApi/fields-site, whose
/// createOrder body is larger than the page's node budget and whose getOrder is small. Expected fields are
/// read from the fixture spec itself (YamlDotNet), not from the engine's model.
/// </summary>
public sealed class OperationFieldsPageTests(OperationFieldsPageTests.FieldsSite site) : IClassFixture<OperationFieldsPageTests.FieldsSite>
{
    private const string CreateOrder = "v1/api/operations/createorder/";
    private const string GetOrder = "v1/api/operations/getorder/";

    [Fact]
    public void Every_truncated_row_with_nested_fields_links_to_its_node_on_the_fields_page()
    {
        var page = site.Html(CreateOrder + "index.html");
        var fields = site.Html(CreateOrder + "fields/index.html");

        var rows = page.QuerySelectorAll(".schema-tree details[data-fields]");

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var href = row.QuerySelector(":scope > .ref a")!.GetAttribute("href")!;
            Assert.StartsWith("fields/#", href, StringComparison.Ordinal);
            var node = fields.GetElementById(Uri.UnescapeDataString(href["fields/#".Length..]));
            Assert.True(node is not null, $"{href} names no element on the fields page");
            // The same field: its name and type, and the nested rows the operation page has none of.
            Assert.Equal("details", node.LocalName);
            Assert.Equal(Summary(row), Summary(node));
            Assert.NotEmpty(node.QuerySelectorAll(":scope > ul > li"));
            Assert.Empty(row.QuerySelectorAll("li"));
        }
    }

    [Fact]
    public void Operation_page_and_the_fields_it_links_to_show_every_field_the_spec_defines_for_the_request()
    {
        var page = site.Html(CreateOrder + "index.html");
        var fields = site.Html(CreateOrder + "fields/index.html");
        var expected = SpecFields.Names(SpecFields.RequestBody("/orders", "post", "application/json"));

        var shownOrLinked = Names(page.QuerySelector("#request-body-application-json > .schema-tree")!, fields);
        var onFieldsPage = Names(fields.GetElementById("f-request-body-application-json")!.QuerySelector(".schema-tree")!, fields);

        Assert.Equal(expected, shownOrLinked);
        Assert.Equal(expected, onFieldsPage);
        // The page really does leave some out: without the fields page it would miss them.
        Assert.True(Names(page.QuerySelector("#request-body-application-json > .schema-tree")!, null).Count < expected.Count);
    }

    [Fact]
    public void An_operation_whose_page_shows_every_field_gets_no_fields_page()
    {
        var page = site.Html(GetOrder + "index.html");

        Assert.Empty(page.QuerySelectorAll("[data-fields]"));
        Assert.False(site.Exists(GetOrder + "fields/index.html"));
        Assert.True(site.Exists(CreateOrder + "fields/index.html"));
    }

    [Fact]
    public void Fields_page_ids_meet_none_of_the_operation_page_ids()
    {
        var page = site.Html(CreateOrder + "index.html");
        var fields = site.Html(CreateOrder + "fields/index.html");

        var pageIds = page.QuerySelectorAll("article [id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var fieldIds = fields.QuerySelectorAll("article [id]").Select(e => e.Id!).ToList();

        Assert.NotEmpty(fieldIds);
        Assert.Equal(fieldIds.Count, fieldIds.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(fieldIds, pageIds.Contains);
    }

    [Fact]
    public void Fields_page_is_noindex_and_stays_out_of_navigation_search_the_sitemap_and_llms_txt()
    {
        var fields = site.Html(CreateOrder + "fields/index.html");

        Assert.Equal("noindex", fields.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(fields.QuerySelector("link[rel=alternate][type='text/markdown']"));
        Assert.Equal("/" + CreateOrder, fields.QuerySelector(".breadcrumbs a:last-child")!.GetAttribute("href"));
        var files = new[] { "sitemap.xml", "llms.txt", "llms-full.txt", CreateOrder + "index.html" }
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)));
        foreach (var file in files)
        {
            Assert.DoesNotContain("createorder/fields/\"", site.Read(file), StringComparison.Ordinal);
            Assert.DoesNotContain("createorder/fields/<", site.Read(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Building_twice_writes_the_same_operation_and_fields_pages()
    {
        var again = Path.Combine(Path.GetTempPath(), "docsgen-fields-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = FieldsSite.Root, Output = again });

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            foreach (var file in new[] { CreateOrder + "index.html", CreateOrder + "fields/index.html" })
            {
                Assert.Equal(site.Read(file), File.ReadAllText(Path.Combine(again, file)));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public async Task Links_to_fields_pages_pass_the_link_check()
    {
        var report = await CheckRunner.RunAsync(new CheckOptions { Root = FieldsSite.Root });

        Assert.False(report.BuildFailed, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d =>
            d.Code is DiagnosticCodes.OutputLinkTargetMissing or DiagnosticCodes.OutputLinkAnchorMissing or DiagnosticCodes.OutputLinkOutsideSite);
    }

    private static string Summary(IElement details) =>
        string.Join(' ', details.QuerySelectorAll(":scope > summary > code, :scope > summary > i").Select(e => e.TextContent));

    /// <summary>
    /// The property names a tree shows, depth first in page order; a data-fields row's names come from the node its
    /// link names on <paramref name="fields"/> (when null, the row shows only its own name, as without the fields page).
    /// The fields of a named schema are on its schema page: like the spec's $ref, its row only counts by name.
    /// </summary>
    private static List<string> Names(IElement tree, IDocument? fields)
    {
        var names = new List<string>();
        Visit(tree);
        return names;

        void Visit(IElement element)
        {
            foreach (var child in element.Children)
            {
                if (child.LocalName == "summary")
                {
                    continue;
                }

                if (child.LocalName == "li" && child.QuerySelector(":scope > code:first-child, :scope > details > summary > code:first-child") is { } name)
                {
                    names.Add(name.TextContent);
                }

                if (child.Matches("details[data-fields]"))
                {
                    if (fields is not null)
                    {
                        var id = Uri.UnescapeDataString(child.QuerySelector(":scope > .ref a")!.GetAttribute("href")!.Split('#')[1]);
                        Visit(fields.GetElementById(id)!);
                    }

                    continue;
                }

                // A named schema's row links to its schema page ("Schema:"), which lists its fields.
                if (child.Matches("details") && child.QuerySelector(":scope > .ref") is not null)
                {
                    continue;
                }

                Visit(child);
            }
        }
    }

    /// <summary>The fields the fixture spec defines, read with YamlDotNet: what a request may send.</summary>
    private static class SpecFields
    {
        private static readonly YamlMappingNode Spec = RawOperationCounter.Root(Path.Combine(FieldsSite.Root, "shop.yaml"))!;

        public static YamlMappingNode RequestBody(string path, string method, string mediaType) =>
            Map(Spec, "paths", path, method, "requestBody", "content", mediaType, "schema");

        /// <summary>Property names depth first; a named schema ($ref) is a link, so its fields are not counted; readOnly ones are not sent.</summary>
        public static List<string> Names(YamlMappingNode schema)
        {
            var names = new List<string>();
            Visit(schema);
            return names;

            void Visit(YamlMappingNode node)
            {
                if (node.Children.ContainsKey("$ref"))
                {
                    return;
                }

                if (node.Children.TryGetValue("properties", out var properties))
                {
                    foreach (var (key, value) in ((YamlMappingNode)properties).Children)
                    {
                        var property = (YamlMappingNode)value;
                        if (property.Children.TryGetValue("readOnly", out var readOnly) && readOnly.ToString() == "true")
                        {
                            continue;
                        }

                        names.Add(key.ToString());
                        Visit(property);
                    }
                }

                if (node.Children.TryGetValue("items", out var items))
                {
                    Visit((YamlMappingNode)items);
                }

                if (node.Children.TryGetValue("oneOf", out var options))
                {
                    foreach (var option in (YamlSequenceNode)options)
                    {
                        Visit((YamlMappingNode)option);
                    }
                }
            }
        }

        private static YamlMappingNode Map(YamlMappingNode node, params string[] keys) =>
            keys.Aggregate(node, (current, key) => (YamlMappingNode)current.Children[new YamlScalarNode(key)]);
    }

    /// <summary>The fixture site built once into a temporary folder.</summary>
    public sealed class FieldsSite : IDisposable
    {
        private readonly HtmlParser _parser = new();

        public FieldsSite()
        {
            Output = Path.Combine(Path.GetTempPath(), "docsgen-fields-tests-" + Guid.NewGuid().ToString("N"));
            var result = SiteBuilder.BuildAsync(new BuildOptions { Root = Root, Output = Output }).GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Fixture site failed to build:\n" + string.Join('\n', result.Diagnostics));
            }
        }

        public static string Root => TestPaths.Fixture("fields-site");

        public string Output { get; }

        public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

        public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

        public IDocument Html(string relativePath)
        {
            Assert.True(Exists(relativePath), $"{relativePath} was not written");
            return _parser.ParseDocument(Read(relativePath));
        }

        public void Dispose()
        {
            if (Directory.Exists(Output))
            {
                Directory.Delete(Output, recursive: true);
            }
        }
    }
}
