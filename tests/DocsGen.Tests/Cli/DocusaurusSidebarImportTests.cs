using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import docusaurus</c> keeps each version's sidebar: on Jest (next and three released versions, whose
/// sidebars differ), this test reads sidebars.json and each versioned_sidebars file itself and checks the built site's
/// sidebar HTML of that version: every category label in order, and every doc of a category listed in it, in order.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DocusaurusSidebarImportTests(ITestOutputHelper output)
{
    // Jest's file holds two sidebars; its navbar (docusaurus.config.mjs) opens them as "Docs" and "API".
    private static readonly Dictionary<string, string> SidebarTitles = new(StringComparer.Ordinal) { ["docs"] = "Docs", ["api"] = "API" };

    [Fact]
    public async Task Every_versions_sidebar_of_jest_is_built_with_its_categories_and_docs_in_order()
    {
        var project = RepoPaths.Corpus("markdown/jest-docusaurus");
        var website = Path.Combine(project, "website");
        using var site = TestSite.Empty();
        (await Docsgen.RunAsync("import", "docusaurus", project, "-o", site.Root)).AssertExitCode(CommandLine.Ok);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NavPageMissing);
        var sidebars = new Dictionary<string, string> { ["next"] = Path.Combine(website, "sidebars.json") };
        foreach (var version in JsonNode.Parse(File.ReadAllText(Path.Combine(website, "versions.json")))!.AsArray().Select(v => v!.GetValue<string>()))
        {
            sidebars[version] = Path.Combine(website, "versioned_sidebars", $"version-{version}-sidebars.json");
        }

        var (groups, docs) = (0, 0);
        foreach (var (version, file) in sidebars)
        {
            var bars = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            Assert.Equal(["docs", "api"], bars.Select(b => b.Key));
            var categories = bars["docs"]!.AsObject().Select(c => (Label: c.Key, Ids: Ids(c.Value!))).ToList();
            categories.Add((SidebarTitles["api"], Ids(bars["api"]!)));
            foreach (var (label, ids) in categories)
            {
                var page = File.ReadAllText(Path.Combine(site.Output, version, ids[0], "index.html"));
                var sidebar = Between(page, "id=\"sidebar\"", "</nav>");
                // The two sidebars in the file's order, and the docs sidebar's categories in theirs.
                Assert.Matches(Ordered(["Docs", "API"]), sidebar);
                if (label != SidebarTitles["api"])
                {
                    Assert.Matches(Ordered(bars["docs"]!.AsObject().Select(c => c.Key)), sidebar);
                }

                // The category open on its first doc's page lists exactly its docs, in the sidebar's order.
                Assert.Equal(ids.Select(id => $"/{version}/{id}/"), OpenSection(sidebar, label));
                groups++;
                docs += ids.Count;
            }

            output.WriteLine($"{version}: {categories.Count} categories, {categories.Sum(c => c.Ids.Count)} docs ({Path.GetFileName(file)})");
        }

        output.WriteLine($"{sidebars.Count} versions: {groups} categories and {docs} sidebar docs checked in the built HTML");
        Assert.Equal(4, sidebars.Count);
        Assert.Equal(4 * 5, groups);
        Assert.True(docs >= 4 * 35, $"{docs} docs checked; Jest's sidebars list 37 or 38 per version");
    }

    [Fact]
    public async Task Sidebar_items_docsgen_cannot_list_are_warnings_naming_the_sidebar_file_and_the_rest_is_imported()
    {
        using var project = TestSite.Empty();
        project.Write("website/docusaurus.config.js", "module.exports = { title: 'Widgets' };\n");
        project.Write("website/sidebars.json", """
            { "docs": ["intro", "missing-doc", { "type": "html", "value": "<b>Hi</b>" }, { "type": "link", "label": "Blog", "href": "/blog" }] }
            """);
        project.Write("website/docs/intro.md", "# Intro\n");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "docusaurus", project.Root, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        run.AssertDiagnostics(
            "sidebars.json: warning DG2033: The sidebar item of type 'html' is left out",
            "sidebars.json: warning DG2033: The sidebar item of type 'link' ('Blog') is left out",
            "sidebars.json: warning DG2033: The sidebar names the doc 'missing-doc', which no Markdown page of docs has");
        Assert.Contains("nav:\n  - \"intro.md\"\nmarkdown:", File.ReadAllText(site.PathOf("docsgen.yml")));
    }

    /// <summary>A category's doc ids, as written (Jest's are plain strings), without the version prefix old sidebars wrote.</summary>
    private static List<string> Ids(JsonNode items) =>
        items.AsArray().Select(i => VersionPrefix().Replace(i!.GetValue<string>(), "")).ToList();

    /// <summary>The links of the section titled <paramref name="label"/> that is open (a category holds no subsections here).</summary>
    private static List<string> OpenSection(string sidebar, string label)
    {
        // A category without a page of its own is an open label (the summary), one with a page links to it first.
        var text = WebUtility.HtmlEncode(label);
        var start = sidebar.IndexOf($"<details open>\n<summary><span class=\"nav-text\">{text}</span></summary>", StringComparison.Ordinal) is var summary and >= 0
            ? summary
            : sidebar.IndexOf($">{text}</a>\n<details open>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no open section '{label}' in the sidebar");
        var list = sidebar.IndexOf("<ul", start, StringComparison.Ordinal);
        var items = sidebar[list..sidebar.IndexOf("</ul>", list, StringComparison.Ordinal)];
        return Href().Matches(items).Select(m => m.Groups["href"].Value).ToList();
    }

    private static Regex Ordered(IEnumerable<string> labels) =>
        new(string.Join(".*", labels.Select(l => Regex.Escape($">{WebUtility.HtmlEncode(l)}<"))), RegexOptions.Singleline);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("""^version-[^/]+/""")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex("""class="nav-link" href="(?<href>[^"]+)""")]
    private static partial Regex Href();
}
