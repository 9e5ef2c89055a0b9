using DocsGen.Tests.ApiDiff;
using DocsGen.Tests.Cli;

namespace DocsGen.Tests.Changelog;

/// <summary>
/// The sample output in the API changes guide is what `docsgen diff` prints for the demo's two
/// versions, so the guide cannot drift from the CLI. DOCSGEN_UPDATE_GOLDEN=1 rewrites the sample
/// (an output block, which `docsgen check --run-commands` also compares with a run of the command).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ApiChangesGuideSampleTests
{
    private const string Guide = "content/versions/v2/guides/api-changes.md";
    private const string Start = "<!-- sample: docsgen diff versions/v1/api/acme-pay.yaml versions/v2/api/acme-pay.yaml -->\n```output\n";
    private const string End = "```\n<!-- end sample -->";

    [Fact]
    public async Task The_guide_shows_what_docsgen_diff_prints_for_the_demo_versions()
    {
        var root = TestSpecs.RepositoryRoot();
        var run = await Docsgen.RunAsync("diff", Path.Combine(root, "content/versions/v1/api/acme-pay.yaml"),
            Path.Combine(root, "content/versions/v2/api/acme-pay.yaml"));
        run.AssertExitCode(0);

        var path = Path.Combine(root, Guide);
        var guide = File.ReadAllText(path).ReplaceLineEndings("\n");
        var (from, to) = (guide.IndexOf(Start, StringComparison.Ordinal), guide.IndexOf(End, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, $"{Guide} has no sample block between '{Start.Split('\n')[0]}' and '<!-- end sample -->'.");
        var expected = guide[..(from + Start.Length)] + Excerpt(run.Stdout.ReplaceLineEndings("\n")) + guide[to..];
        if (Environment.GetEnvironmentVariable("DOCSGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, expected);

        Assert.True(expected == guide, $"The sample in {Guide} differs from `docsgen diff`; run the tests with DOCSGEN_UPDATE_GOLDEN=1 and review the diff.");
    }

    /// <summary>The report is hundreds of lines: the guide shows its start and the start of its shared-schema section.</summary>
    private static string Excerpt(string report)
    {
        var lines = report.Split('\n');
        var schemas = Array.IndexOf(lines, "== Shared schemas ==");
        Assert.True(schemas > 0, "the demo's report has no shared-schema section to show");
        return string.Join('\n', lines.Take(18)) + "\n...\n\n" + string.Join('\n', lines.Skip(schemas).Take(12)) + "\n...\n";
    }
}
