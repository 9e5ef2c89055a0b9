using DocsGen.Checks;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Checks.Coverage;

public sealed class BundledContentCoverageTests
{
    [Fact]
    public async Task The_bundled_site_passes_docsgen_check_with_its_coverage_gate_and_builds_its_coverage_pages()
    {
        var report = await CheckRunner.RunAsync(new CheckOptions { Root = Path.Combine(RepoPaths.Root, "content") });

        Assert.True(report.Passed, string.Join('\n', report.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var coverage = report.Coverage!;
        Assert.True(coverage.GateEnabled, "content/docsgen.yml sets checks.coverage.minimum");
        Assert.True(coverage.HasPages, "content/docsgen.yml turns the coverage page on for the showcase");
        Assert.Equal(["v2", "v1"], coverage.Versions.Select(v => v.Version));
        Assert.All(coverage.Versions.SelectMany(v => v.Specs), spec =>
        {
            Assert.NotEmpty(spec.Operations);
            Assert.True(spec.Totals.Reaches(coverage.Minimum), $"{spec.Title}: {spec.Totals.Percent}%");
        });
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.CoverageBelowMinimum);
    }
}
