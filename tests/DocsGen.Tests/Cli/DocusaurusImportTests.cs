using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Build;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import docusaurus</c> routes pages by Docusaurus doc id, so links written for Docusaurus resolve: on a small
/// project written here (Fixtures/Import/docusaurus: number prefixes, ids, slugs, a _category_.json, a released version
/// with version-prefixed sidebar ids, a static image) and on Jest's four versions, where every broken link left is one
/// Docusaurus could only resolve with files the corpus does not hold, each checked here for its reason.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DocusaurusImportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Doc_ids_slugs_number_prefixes_categories_and_versions_give_docusaurus_routes_and_every_link_resolves()
    {
        var project = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", "docusaurus");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "docusaurus", project, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        var config = File.ReadAllText(site.PathOf("docsgen.yml"));
        Assert.Contains("nav: [\"intro\", \"02-guides\", \"faq\"]", config);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.LinkToMissingPage or DiagnosticCodes.LinkToMissingAnchor or DiagnosticCodes.MissingAsset);

        // Routes: number prefixes stripped, id over the file name, an absolute slug over both.
        Assert.Equal(["faq", "guides/configure", "guides/installation", "intro", "upgrading"], Routes(result, "next"));
        Assert.Equal(["faq", "guides/configure", "guides/installation", "intro"], Routes(result, "1.0"));

        var intro = File.ReadAllText(Path.Combine(site.Output, "next", "intro", "index.html"));
        Assert.Contains("href=\"/next/guides/installation/\"", intro);                 // a doc id relative to the page
        Assert.Contains("href=\"/next/guides/configure/#options\"", intro);            // a file path with number prefixes
        Assert.Contains("href=\"/next/upgrading/\"", intro);                           // /docs/next/ + slug
        Assert.Contains("href=\"/1.0/intro/\"", intro);                                // /docs/ is the released version
        Assert.Contains("src=\"/assets/img/logo.svg\"", intro);                        // static/ served at the root
        var install = File.ReadAllText(Path.Combine(site.Output, "next", "guides", "installation", "index.html"));
        Assert.Contains("href=\"/next/guides/configure/#options\"", install);          // relative to the URL, not the file
        var upgrading = File.ReadAllText(Path.Combine(site.Output, "next", "upgrading", "index.html"));
        Assert.Contains("href=\"/next/faq/\"", upgrading);
        Assert.Contains("href=\"/1.0/guides/installation/\"", upgrading);

        // The sidebar (the Guides section open): sidebar_label, the category's label and position, number prefixes as order.
        var sidebar = Between(install, "id=\"sidebar\"", "</nav>");
        Assert.Matches(new Regex("Start here.*Guides.*Install.*Configure.*Upgrading.*FAQ", RegexOptions.Singleline), sidebar);
    }

    [Fact]
    public async Task Jest_imported_keeps_only_broken_links_to_what_the_corpus_does_not_hold()
    {
        var project = RepoPaths.Corpus("markdown/jest-docusaurus");
        using var site = TestSite.Empty();
        (await Docsgen.RunAsync("import", "docusaurus", project, "-o", site.Root)).AssertExitCode(CommandLine.Ok);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        var released = JsonNode.Parse(File.ReadAllText(Path.Combine(project, "website", "versions.json")))!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet();
        var broken = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkToMissingPage).ToList();
        var reasons = broken.GroupBy(d => Reason(d, project, released)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var reason in reasons)
        {
            output.WriteLine($"{reason.Count(),3}  {reason.Key}");
        }

        Assert.True(broken.Count < 62, $"{broken.Count} broken links; the import before doc-id routes left 62");
        Assert.DoesNotContain(reasons, r => r.Key.StartsWith("unexplained", StringComparison.Ordinal));
    }

    /// <summary>Why Docusaurus resolves a link this site cannot: the target is not in the corpus (or nowhere), checked on disk.</summary>
    private static string Reason(Diagnostic link, string project, HashSet<string> released)
    {
        var target = LinkTarget().Match(link.Message).Groups["target"].Value;
        var version = link.Location!.File.Split('/')[1];
        if (target.StartsWith("/blog", StringComparison.Ordinal) || target == "/help")
        {
            return "the Docusaurus blog and pages (src/pages) are not in the corpus";
        }

        if (target.StartsWith("/img/", StringComparison.Ordinal))
        {
            return Directory.Exists(Path.Combine(project, "website", "static")) ? "unexplained: static/ exists" : "website/static/ is not in the corpus";
        }

        if (Regex.Match(target, "^/docs/(?<version>[^/]+)/") is { Success: true } v && !released.Contains(v.Groups["version"].Value) && v.Groups["version"].Value != "next")
        {
            return $"version {v.Groups["version"].Value} is not in versions.json (archived)";
        }

        if (!target.Contains('/', StringComparison.Ordinal))
        {
            var folder = version == "next" ? Path.Combine(project, "docs") : Path.Combine(project, "website", "versioned_docs", "version-" + version);
            var hasId = Directory.EnumerateFiles(folder, "*.md").Any(f => Regex.IsMatch(File.ReadAllText(f), $@"(?m)^id:\s*{Regex.Escape(target)}\s*$"));
            return hasId ? $"unexplained: a doc has id {target}" : $"no doc with id '{target}' in that version of the corpus";
        }

        return "unexplained: " + target;
    }

    private static List<string> Routes(BuildResult result, string version) =>
        result.Site!.Versions[version].All.Where(p => p.Kind == DocsGen.SiteModel.PageKind.Guide).Select(p => p.Route).Order(StringComparer.Ordinal).ToList();

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("'(?<target>[^']+)'")]
    private static partial Regex LinkTarget();
}
