using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocsGen.OpenApi.Model;
using DocsGen.Tests.Theme;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// What an operation page leaves to other pages (issue 3's page weight) is really there: every link to a whole
/// example leads to that example on the operation's samples/ page, and every property row that borrows its nested
/// fields names a schema page that has them. Built on the bundled content/ (the Acme Pay demo).
/// </summary>
public sealed partial class DeferredContentTests(StylesheetSelectionTests.BundledContent site) : IClassFixture<StylesheetSelectionTests.BundledContent>
{
    [Fact]
    public void A_long_example_shows_its_first_lines_and_a_short_one_shows_whole()
    {
        var longText = string.Join('\n', Enumerable.Range(1, ApiExample.MaxInlineLines + 1).Select(i => $"line {i}"));
        var shortText = string.Join('\n', Enumerable.Range(1, ApiExample.MaxInlineLines).Select(i => $"line {i}"));

        var preview = new ApiExample("Example", null, "", longText, "text", false).Preview;

        Assert.Equal(string.Join('\n', Enumerable.Range(1, ApiExample.PreviewLines).Select(i => $"line {i}")), preview);
        Assert.Null(new ApiExample("Example", null, "", shortText, "text", false).Preview);
    }

    [Fact]
    public void Every_link_to_a_whole_example_leads_to_it_on_the_samples_page()
    {
        var previews = 0;
        var closed = 0;
        foreach (var (path, html) in OperationPages())
        {
            foreach (var link in html.QuerySelectorAll("a[data-example-more]"))
            {
                var href = link.GetAttribute("href")!;
                Assert.StartsWith("/" + path[..^"index.html".Length] + "samples/#", href, StringComparison.Ordinal);
                var samples = Page(href.Split('#')[0].TrimStart('/') + "index.html");
                var whole = samples.GetElementById(href.Split('#')[1])?.QuerySelector("pre.code code")?.TextContent;
                Assert.True(whole is not null, $"{path}: {href} is not on the samples page");
                var lines = int.Parse(LineCount().Match(link.TextContent).Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.Equal(lines, whole.Split('\n').Length);

                if (link.HasAttribute("data-example-open"))
                {
                    closed++;
                    Assert.Null(link.Closest("details.api-response")!.GetAttribute("open"));
                    Assert.Null(link.Closest(".api-example")!.QuerySelector("pre"));
                }
                else
                {
                    previews++;
                    var shown = link.Closest(".api-example, .tab-panel")!.QuerySelector("pre.code code")!.TextContent;
                    Assert.EndsWith("\n…", shown, StringComparison.Ordinal);
                    Assert.StartsWith(shown[..^1], whole, StringComparison.Ordinal);
                    Assert.Equal(ApiExample.PreviewLines + 1, shown.Split('\n').Length);
                }
            }
        }

        Assert.True(previews > 0 && closed > 0, $"{previews} shortened examples and {closed} examples of closed responses");
    }

    [Fact]
    public void Every_row_that_borrows_its_nested_fields_names_a_schema_page_that_has_them()
    {
        var rows = 0;
        foreach (var (path, html) in OperationPages())
        {
            foreach (var row in html.QuerySelectorAll(".schema-tree > ul > li > details[data-lazy][data-row]"))
            {
                rows++;
                var tree = row.Closest(".schema-tree")!;
                var href = row.QuerySelector(":scope > .ref a")!.GetAttribute("href")!;
                Assert.Equal(tree.QuerySelector(":scope > .ref a")!.GetAttribute("href"), href);
                Assert.Null(row.QuerySelector("ul"));
                var name = row.QuerySelector(":scope > summary > code")!.TextContent;

                var source = Page(href.TrimStart('/') + "index.html").QuerySelectorAll("#schema > .schema-tree > ul > li > details")
                    .FirstOrDefault(d => d.QuerySelector(":scope > summary > code")?.TextContent == name);
                Assert.True(source?.QuerySelector(":scope > ul") is not null, $"{path}: {href} has no nested fields for {name}");
            }
        }

        // The demo's components are small enough to expand in place (SchemaNode.FitsInline), so it has no such row
        // today: Theme/OperationPageLayoutTests builds one over the budget and checks its row the same way.
        _ = rows;
    }

    private Dictionary<string, IDocument>? _pages;

    private Dictionary<string, IDocument> Pages() =>
        _pages ??= site.Pages().ToDictionary(p => p.Path.Replace('\\', '/'), p => (IDocument)p.Html, StringComparer.Ordinal);

    private IEnumerable<(string Path, IDocument Html)> OperationPages() =>
        Pages().Where(p => p.Value.Body!.ClassList.Contains("kind-operation")).Select(p => (p.Key, p.Value));

    private IDocument Page(string relativePath) => Pages()[relativePath];

    [GeneratedRegex(@"\((\d+) lines\)")]
    private static partial Regex LineCount();
}
