using AngleSharp.Html.Parser;

namespace DocsGen.Tests.Checks;

/// <summary>
/// The link check reads output HTML with a dedicated scanner for speed; AngleSharp, a full HTML5
/// parser, is the reference it must agree with on ids, URLs and their positions.
/// </summary>
public sealed class HtmlScannerAgreesWithAngleSharpTests
{
    [Fact]
    public void Tricky_markup_gives_the_same_ids_and_urls_as_a_browser_parser()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checks", "html", "tricky.html"));

        AssertAgree("tricky.html", html);
    }

    [Fact]
    public void Tricky_markup_gives_the_urls_a_reader_expects()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checks", "html", "tricky.html"));

        Assert.Equal(
            ["/assets/site.css", "/assets/favicon.svg", "/assets/app.js?v=1&x=2", "multi-line/", "#Upper", "images/diagram.png", "#main", "/unicode/café/", ""],
            ScannedHtml.Urls(html).Select(r => r.Value));
        Assert.Equal(["dup", "legacy-anchor", "main", "setup&run", "svg-link"], ScannedHtml.Ids(html).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_page_of_built_sites_gives_the_same_ids_and_urls_as_a_browser_parser()
    {
        foreach (var site in new[] { "broken-links", "clean", "theme-links" })
        {
            var output = Path.Combine(Path.GetTempPath(), "docsgen-oracle-" + Guid.NewGuid().ToString("N"));
            try
            {
                var build = await DocsGen.Build.SiteBuilder.BuildAsync(new DocsGen.Build.BuildOptions { Root = CheckFixtures.Site(site), Output = output, Preview = true });
                Assert.NotNull(build.OutputDir);
                foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
                {
                    AssertAgree(Path.GetRelativePath(output, file), await File.ReadAllTextAsync(file));
                }
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }
        }
    }

    private static void AssertAgree(string name, string html)
    {
        var (ids, references) = AngleSharpScan(html);

        Assert.Equal(ids.Order(StringComparer.Ordinal), ScannedHtml.File(name, html).Ids.Order(StringComparer.Ordinal));
        Assert.Equal(references, ScannedHtml.Urls(html));
    }

    private static (HashSet<string> Ids, List<ScannedHtml.Url> References) AngleSharpScan(string html)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<ScannedHtml.Url>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            var tag = element.LocalName;
            if (tag == "a" && element.GetAttribute("name") is { Length: > 0 } anchor)
            {
                ids.Add(anchor);
            }

            var attribute = tag switch { "a" or "link" => "href", "img" or "script" => "src", _ => null };
            if (attribute is not null && element.GetAttribute(attribute) is { } value)
            {
                var position = element.SourceReference!.Position;
                references.Add(new ScannedHtml.Url(tag, attribute, value.Trim(), position.Line, position.Column));
            }
        }

        return (ids, references);
    }
}
