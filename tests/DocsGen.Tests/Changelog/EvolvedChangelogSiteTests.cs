using DocsGen.ApiDiff;
using DocsGen.Build;
using DocsGen.Changelog;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;
using DocsGen.Tests.ApiDiff;
using DocsGen.Tests.ApiDiff.Evolution;
using Microsoft.OpenApi;
using Xunit.Abstractions;

namespace DocsGen.Tests.Changelog;

/// <summary>
/// GitHub's spec (v1) and its evolved version (v2, see <see cref="Evolutions"/>) built as one site, as the
/// diff bench does: the v2 changelog page stays light although one seeded rename touches 252 operations,
/// and exactly the operations the diff names carry a badge.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EvolvedChangelogSiteTests(ITestOutputHelper output)
{
    private const int MaxChangelogBytes = 200 * 1024;

    [Fact]
    public async Task The_GitHub_changelog_page_is_at_most_200_KB_and_badges_follow_the_diff()
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-tests", $"evolved-site-{Guid.NewGuid():N}");
        try
        {
            var original = TestSpecs.CorpusSpec(Evolutions.GitHubFile);
            var evolved = await WriteEvolvedAsync(original, Path.Combine(root, "evolved"));
            WriteSite(root, original, evolved);

            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_site") });

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
            var page = new FileInfo(Path.Combine(result.OutputDir!, "v2", "api", "changelog", "index.html"));
            output.WriteLine($"v2 changelog page: {page.Length / 1024.0:0.0} KB");
            Assert.InRange(page.Length, 1, MaxChangelogBytes);

            var report = await DiffAsync(original, evolved);
            AssertBadges(result.Site!, report);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private void AssertBadges(SiteView site, ApiDiffReport report)
    {
        var removed = report.Changes.Where(c => c.RuleId == "operation-removed").Select(c => c.OperationKey!).ToHashSet(StringComparer.Ordinal);
        var added = report.Changes.Where(c => c.RuleId == "operation-added").Select(c => c.OperationKey!).ToHashSet(StringComparer.Ordinal);
        var changed = report.Changes.SelectMany(c => c.OperationKey is { } key ? [key] : c.AffectedOperations)
            .Where(key => !removed.Contains(key) && !added.Contains(key)).ToHashSet(StringComparer.Ordinal);

        var v2 = Badged(site, "v2");
        var v1 = Badged(site, "v1");
        output.WriteLine($"{v2.Count} badged v2 operation pages, {v1.Count} badged v1 pages; the diff names {changed.Count} changed, {removed.Count} removed");

        Assert.True(changed.Count > 250, $"only {changed.Count} changed operations: the rename of nullable-simple-user alone touches 252");
        Assert.Equal(changed.Order(StringComparer.Ordinal), v2.Where(b => b.Value == "Changed in v2").Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Equal(added.Order(StringComparer.Ordinal), v2.Where(b => b.Value == "New in v2").Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Equal(removed.Order(StringComparer.Ordinal), v1.Where(b => b.Value == "Removed in v2").Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Equal(v1.Count, removed.Count);
    }

    /// <summary>Operation key to its single badge's text, for every operation page of the version that has one.</summary>
    private static Dictionary<string, string> Badged(SiteView site, string version) =>
        site.Versions[version].All
            .Where(p => p.Model is ApiOperation && p.Badges.Count > 0)
            .ToDictionary(p => OperationPages.Key((ApiOperation)p.Model!), p => Assert.Single(p.Badges).Label, StringComparer.Ordinal);

    private static async Task<string> WriteEvolvedAsync(string original, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "github-evolved.json");
        var evolver = Evolutions.Evolve(Evolutions.GitHubFile, await LoadAsync(original));
        await using var stream = File.Create(path);
        await evolver.Document.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);
        return path;
    }

    private static async Task<ApiDiffReport> DiffAsync(string original, string evolved) =>
        ApiDiffer.Compare(await LoadAsync(original), await LoadAsync(evolved));

    private static async Task<LoadedSpec> LoadAsync(string path) =>
        await SpecLoader.LoadAsync(path, Path.GetFileName(path), new DiagnosticBag(), CancellationToken.None)
            ?? throw new InvalidOperationException($"{path} did not load");

    private static void WriteSite(string root, string original, string evolved)
    {
        foreach (var version in new[] { "v1", "v2" })
        {
            Directory.CreateDirectory(Path.Combine(root, "versions", version));
            File.WriteAllText(Path.Combine(root, "versions", version, "index.md"), $"# {version}\n");
        }

        static string Quoted(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
        File.WriteAllText(Path.Combine(root, "docsgen.yml"), $"""
            title: Evolved GitHub
            baseUrl: https://evolved.example.com
            readRoots: [{Quoted(Path.GetDirectoryName(original)!)}, {Quoted(Path.GetDirectoryName(evolved)!)}]
            versions:
              - id: v2
                apis:
                  - id: api
                    spec: {Quoted(evolved)}
                    prefix: api
              - id: v1
                apis:
                  - id: api
                    spec: {Quoted(original)}
                    prefix: api
            """);
    }
}
