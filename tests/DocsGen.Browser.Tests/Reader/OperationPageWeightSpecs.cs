using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// What a reader downloads for the heaviest operation page of a real spec (issue 20: at most 100 KB moved), counted by
/// Chromium itself: the page opened fresh from a static host that gzips text as GitHub Pages and Netlify do
/// (<see cref="GzipStaticHost"/>), every response it loads until the network is quiet summed from Resource Timing
/// (<see cref="FirstView"/>): HTML, stylesheets, scripts and the JSON the playground fetches at start. Compressed
/// bytes are the budget because they are what moves over the wire from such a host; the uncompressed figure is
/// printed beside them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationPageWeightSpecs(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const long Budget = 100 * 1024;

    /// <summary>Candidates opened in Chromium: the pages with the most bytes of their own (the theme's files are shared).</summary>
    private const int Candidates = 3;

    [Theory]
    [InlineData("museum/openapi.yaml", 8)]
    [InlineData("multi-file/redocly-openapi-starter/openapi/openapi.yaml", 12)]
    public Task The_heaviest_operation_page_of_a_small_real_spec_moves_at_most_100_KB(string spec, int operations) =>
        HeaviestPageStaysWithinBudgetAsync(spec, operations);

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("stripe-2023-09-12.yaml", 468)]
    [InlineData("github-2022-06-11.json", 771)]
    [InlineData("kubernetes-1.36-swagger.json", 1123)]
    public Task The_heaviest_operation_page_of_a_huge_real_spec_moves_at_most_100_KB(string spec, int operations) =>
        HeaviestPageStaysWithinBudgetAsync(spec, operations);

    private async Task HeaviestPageStaysWithinBudgetAsync(string spec, int operations)
    {
        var specPath = Path.Combine(RepositoryPaths.Corpus("specs"), spec);
        var root = Path.Combine(Path.GetTempPath(), "docsgen-weight-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
            await File.WriteAllTextAsync(Path.Combine(root, "versions", "v1", "index.md"), "# Home\n");
            await File.WriteAllTextAsync(Path.Combine(root, "docsgen.yml"),
                $"title: Weight\nreadRoots: ['{RepositoryPaths.Corpus("specs")}']\nversions:\n  - id: v1\n    apis:\n      - id: api\n        spec: '{specPath}'\n        prefix: api\n");
            var site = Path.Combine(root, "_site");
            var built = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = site });
            Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics.Take(5)));

            // One folder per operation and webhook (their samples/ and fields/ subfolders are other pages).
            var pages = Directory.EnumerateDirectories(Path.Combine(site, "v1", "api", "operations"))
                .Where(folder => File.Exists(Path.Combine(folder, "index.html"))).ToList();
            Assert.True(pages.Count >= operations, $"{pages.Count} operation pages, expected at least {operations}");

            await using var host = await GzipStaticHost.StartAsync(site);
            var views = new List<(string Path, FirstView View)>();
            foreach (var folder in pages.OrderByDescending(OwnBytes).ThenBy(f => f, StringComparer.Ordinal).Take(Candidates))
            {
                var path = Path.GetRelativePath(site, folder).Replace('\\', '/') + "/";
                await using var tab = await chromium.OpenTabAsync(width: 1280);
                views.Add((path, await FirstView.MeasureAsync(tab.Page, host.Url + path)));
            }

            var (heaviest, view) = views.MaxBy(v => v.View.MovedBytes);
            output.WriteLine($"{spec}: {pages.Count} operation pages; heaviest /{heaviest}: {view.MovedBytes:N0} bytes moved, {view.UncompressedBytes:N0} uncompressed, {view.Files.Count} responses:");
            foreach (var file in view.Files)
            {
                output.WriteLine($"  {file.Path}: {file.MovedBytes:N0} moved, {file.UncompressedBytes:N0} uncompressed");
            }

            // The count covers what the page loads by itself after parsing, not only what its tags name.
            Assert.Contains(view.Files, f => f.Path.EndsWith("/playground.json", StringComparison.Ordinal) && f.MovedBytes > 0);
            Assert.Contains(view.Files, f => f.Path.EndsWith("/playground.js", StringComparison.Ordinal) && f.MovedBytes > 0);
            Assert.True(view.MovedBytes < view.UncompressedBytes, "the host sent the page uncompressed");
            Assert.True(view.MovedBytes <= Budget,
                $"/{heaviest} moves {view.MovedBytes:N0} bytes gzip-compressed ({view.UncompressedBytes:N0} uncompressed); budget {Budget:N0}");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static long OwnBytes(string folder) =>
        new[] { "index.html", "playground.json" }.Select(f => Path.Combine(folder, f)).Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
