using DocsGen.Build;
using DocsGen.Search;
using Xunit.Abstractions;

namespace DocsGen.Tests.Search;

/// <summary>Index size for the largest real specs of the corpus built as sites (one API, no guides).</summary>
public sealed class SpecSiteIndexSizeTests(ITestOutputHelper output)
{
    private const long FirstOpenBudget = 512 * 1024;

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("stripe-2023-09-12.yaml")]
    [InlineData("github-2022-06-11.json")]
    public async Task A_large_spec_site_keeps_what_a_first_search_downloads_under_half_a_megabyte(string spec)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-search-spec-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
            var specPath = Path.Combine(RepoPaths.Corpus(), "specs", spec);
            File.WriteAllText(Path.Combine(root, "docsgen.yml"),
                $"title: Spec\nreadRoots: ['{Path.GetDirectoryName(specPath)}']\nversions:\n  - id: v1\n    current: true\n    apis:\n      - id: api\n        spec: {specPath}\n        prefix: api\n");
            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_site"), Preview = true });
            Assert.True(result.Site is not null, string.Join('\n', result.Diagnostics.Take(5)));

            var stats = SearchIndex.Measure(result.Site!).Single();
            output.WriteLine($"{spec}: {result.Pages:N0} pages; {stats}");
            Assert.True(stats.Entries > 400, $"only {stats.Entries} entries");
            Assert.True(stats.FirstOpenBytes < FirstOpenBudget, $"first search downloads {stats.FirstOpenBytes:N0} bytes");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
