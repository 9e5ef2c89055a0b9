using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Build;
using DocsGen.Tests.Changelog;

namespace DocsGen.Tests.Theme;

/// <summary>
/// base.html links each page kind's stylesheets only (issue 3's page weight). These specs build the
/// bundled content/ and check, page by page, that every class some published stylesheet styles is
/// styled by a stylesheet the page links or loads on demand, so a rule moved out of docsgen.css
/// cannot silently stop applying to a page kind that uses it.
/// </summary>
public sealed partial class StylesheetSelectionTests(StylesheetSelectionTests.BundledContent site) : IClassFixture<StylesheetSelectionTests.BundledContent>
{
    /// <summary>Stylesheets no default layout links: kept for custom layouts or the dev server only.</summary>
    private static readonly string[] NotForPublishedPages = ["vocabulary.css", "build-errors.css", "theme-dark.css"];

    [Fact]
    public void Every_styled_class_on_every_page_is_styled_by_a_stylesheet_the_page_loads()
    {
        var stylesheets = site.StyledClasses();
        var problems = new List<string>();
        foreach (var (page, html) in site.Pages())
        {
            var loaded = LoadedStylesheets(html);
            var classes = html.QuerySelectorAll("[class]").SelectMany(e => e.ClassList).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var name in classes)
            {
                var stylingFiles = stylesheets.Where(s => s.Value.Contains(name)).Select(s => s.Key).ToList();
                if (stylingFiles.Count > 0 && !stylingFiles.Any(loaded.Contains))
                {
                    problems.Add($"{page}: .{name} is styled by {string.Join(", ", stylingFiles)} but the page loads {string.Join(", ", loaded)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    [Theory]
    [InlineData("operation", "docsgen.css api.css")]
    [InlineData("schema", "docsgen.css api.css")]
    [InlineData("api-index", "docsgen.css api.css api-lists.css")]
    [InlineData("api-tag", "docsgen.css api.css api-lists.css")]
    [InlineData("guide", "docsgen.css guide.css")]
    [InlineData("changelog", "docsgen.css api.css guide.css")]
    [InlineData("not-found", "docsgen.css guide.css")]
    public void Each_page_kind_links_its_own_stylesheets_at_first_view(string kind, string expected)
    {
        var pages = site.Pages().Where(p => p.Html.Body!.ClassList.Contains("kind-" + kind)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal(expected.Split(' '), Linked(p.Html)));
    }

    [Fact]
    public void A_guide_with_admonitions_and_an_on_page_toc_links_the_stylesheet_that_styles_them()
    {
        var (_, guide) = site.Pages().First(p => p.Html.QuerySelector(".admonition") is not null && p.Html.QuerySelector("aside.toc") is not null);

        Assert.Contains("guide.css", Linked(guide));
        Assert.Contains("admonition", site.StyledClasses()["guide.css"]);
        Assert.Contains("toc", site.StyledClasses()["guide.css"]);
    }

    [Fact]
    public void A_stored_dark_choice_writes_the_dark_palette_link_before_first_paint()
    {
        var (_, page) = site.Pages().First();
        var script = page.Head!.QuerySelectorAll("script:not([src])").Single(s => s.TextContent.Contains("docsgen.theme", StringComparison.Ordinal));

        Assert.Contains("if(t===\"dark\")document.write('<link rel=\"stylesheet\" href=\"/assets/theme-dark.css\" data-theme-dark>')", script.TextContent, StringComparison.Ordinal);
        Assert.Contains(":root[data-theme=", site.ReadAsset("theme-dark.css"), StringComparison.Ordinal);
        Assert.DoesNotContain(":root[data-theme=\"dark\"]{", site.ReadAsset("docsgen.css"), StringComparison.Ordinal);
    }

    private static List<string> Linked(IHtmlDocument html) =>
        html.QuerySelectorAll("link[rel=stylesheet]").Select(l => Path.GetFileName(l.GetAttribute("href")!)).ToList();

    private static HashSet<string> LoadedStylesheets(IHtmlDocument html) =>
        Linked(html).Concat(html.QuerySelectorAll("[data-load-css]").Select(e => Path.GetFileName(e.GetAttribute("data-load-css")!)))
            .Concat(html.QuerySelectorAll("body link[rel=stylesheet]").Select(l => Path.GetFileName(l.GetAttribute("href")!)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The bundled content/ copied to a temporary folder and built once.</summary>
    public sealed partial class BundledContent : IAsyncLifetime
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "docsgen-tests", $"stylesheets-{Guid.NewGuid():N}");

        private string Output => Path.Combine(_root, "_site");

        public async Task InitializeAsync()
        {
            BundledSiteBuild.CopyContent(_root);
            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = _root, Output = Output });
            Assert.True(result.Succeeded, "content/ does not build:\n" + string.Join('\n', result.Diagnostics.Take(15)));
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_root, recursive: true);
            return Task.CompletedTask;
        }

        public string ReadAsset(string name) => File.ReadAllText(Path.Combine(Output, "assets", name));

        public IEnumerable<(string Path, IHtmlDocument Html)> Pages()
        {
            var parser = new HtmlParser();
            return Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Output, f).StartsWith("assets", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(Output, f), parser.ParseDocument(File.ReadAllText(f))));
        }

        /// <summary>Class names in the selectors of each published stylesheet that default layouts may link.</summary>
        public Dictionary<string, HashSet<string>> StyledClasses() =>
            Directory.EnumerateFiles(Path.Combine(Output, "assets"), "*.css")
                .Where(f => !NotForPublishedPages.Contains(Path.GetFileName(f)))
                .ToDictionary(f => Path.GetFileName(f), f => SelectorClasses(File.ReadAllText(f)), StringComparer.Ordinal);

        private static HashSet<string> SelectorClasses(string css)
        {
            // Emptying the innermost blocks leaves selectors only (rules inside @media keep theirs).
            var selectors = Declarations().Replace(Comments().Replace(css, ""), "{}");
            return ClassName().Matches(selectors).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        }

        [GeneratedRegex(@"\{[^{}]*\}")]
        private static partial Regex Declarations();

        [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
        private static partial Regex Comments();

        [GeneratedRegex(@"\.([A-Za-z_][A-Za-z0-9_-]*)")]
        private static partial Regex ClassName();
    }
}
