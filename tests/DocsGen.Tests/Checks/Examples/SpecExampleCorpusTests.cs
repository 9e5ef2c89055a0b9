using DocsGen.Checks.Examples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.OpenApi;
using Xunit.Abstractions;

namespace DocsGen.Tests.Checks.Examples;

/// <summary>
/// Example validation over the real-world specs of the shared corpus: it must finish on every one,
/// and the findings it prints are the figures reported for issue 5 (set DOCSGEN_EXAMPLE_FINDINGS=1 to list them all).
/// </summary>
public sealed class SpecExampleCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_corpus_spec_is_checked_and_its_findings_point_into_the_spec()
    {
        var specs = Directory.EnumerateFiles(TestPaths.CorpusSpecs, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains("/arazzo/", StringComparison.Ordinal) && Path.GetFileName(f) is not ("package.json" or "redocly.yaml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listAll = Environment.GetEnvironmentVariable("DOCSGEN_EXAMPLE_FINDINGS") == "1";
        int totalExamples = 0, totalFindings = 0, loaded = 0;
        foreach (var file in specs)
        {
            var display = Path.GetRelativePath(TestPaths.CorpusSpecs, file);
            if (await SpecLoader.LoadAsync(file, display, new DiagnosticBag(), CancellationToken.None) is not { } spec)
            {
                continue;
            }

            loaded++;
            var (findings, examples) = SpecExampleCheck.Check(spec);
            totalExamples += examples;
            totalFindings += findings.Count;
            Assert.All(findings, f =>
            {
                Assert.Equal(DiagnosticCodes.SpecExampleInvalid, f.Code);
                Assert.Equal(display, f.Location!.File);
            });
            if (findings.Count > 0 || examples > 0)
            {
                output.WriteLine($"{display}: {examples} examples, {findings.Count} findings");
            }

            foreach (var finding in listAll ? findings : findings.Take(3))
            {
                output.WriteLine("    " + finding);
            }
        }

        output.WriteLine($"TOTAL: {loaded} specs, {totalExamples} examples, {totalFindings} findings");
        Assert.True(loaded > 50, $"Only {loaded} corpus specs loaded.");
    }
}
