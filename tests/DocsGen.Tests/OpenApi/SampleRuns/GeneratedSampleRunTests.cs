using DocsGen.OpenApi.Model;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.OpenApi.SampleRuns;

/// <summary>
/// Every generated code sample compiles and runs as copied (see <see cref="SampleRunner"/>): the bundled
/// site's spec, all of Museum and the OAI examples in the normal run; a seeded 200 operations of Stripe
/// and GitHub in the slow one. Figures per language are printed.
/// </summary>
public sealed class GeneratedSampleRunTests(ITestOutputHelper output)
{
    private static IEnumerable<ApiOperation> All(IReadOnlyList<ApiOperation> operations) => operations;

    /// <summary>The bundled site's spec (both versions), the request-shape fixture and Museum: the normal run.</summary>
    public static IEnumerable<string> NormalSpecs()
    {
        yield return Path.Combine(RepoPaths.Root, "content", "versions", "v2", "api", "acme-pay.yaml");
        yield return Path.Combine(RepoPaths.Root, "content", "versions", "v1", "api", "acme-pay.yaml");
        yield return Path.Combine(RepoPaths.FixtureSites, "..", "OpenApi", "sample-shapes.yaml");
        yield return Path.Combine(RepoPaths.Corpus("specs/museum"), "openapi.yaml");
    }

    /// <summary>Every document of the OAI examples (not the fragments a multi-file example $refs), YAML only: the JSON copies say the same.</summary>
    public static IEnumerable<string> OaiExamples() =>
        Directory.EnumerateFiles(RepoPaths.Corpus("specs/oai-examples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), "^(openapi|swagger):", System.Text.RegularExpressions.RegexOptions.Multiline));

    [Fact]
    public async Task Every_sample_of_the_bundled_site_and_Museum_runs_against_the_mock_in_every_language() =>
        AllPass(await RunAsync([.. NormalSpecs().Select(s => (s, (Func<IReadOnlyList<ApiOperation>, IEnumerable<ApiOperation>>)All))], "normal"));

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_sample_of_the_OAI_examples_runs_against_the_mock_in_every_language() =>
        AllPass(await RunAsync([.. OaiExamples().Select(s => (s, (Func<IReadOnlyList<ApiOperation>, IEnumerable<ApiOperation>>)All))], "oai"));

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_seeded_200_operations_of_Stripe_and_GitHub_run_in_every_language()
    {
        var specs = new (string, Func<IReadOnlyList<ApiOperation>, IEnumerable<ApiOperation>>)[]
        {
            (RepoPaths.Corpus("specs") + "/stripe-2023-09-12.yaml", Seeded),
            (RepoPaths.Corpus("specs") + "/github-2022-06-11.json", Seeded),
        };
        var outcomes = await RunAsync(specs, "large");
        Assert.Equal(200 * SampleRunner.Languages.Count(SampleToolchains.Has), outcomes.Count(o => !o.Operation.StartsWith("x-codeSamples", StringComparison.Ordinal)));
        AllPass(outcomes);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_csharp_samples_run_as_file_based_apps_with_dotnet_run()
    {
        // The normal run compiles C# samples together for speed; this runs a few exactly as a reader does: dotnet run app.cs.
        var outcomes = await SampleRunner.RunFileBasedCSharpAsync(Path.Combine(RepoPaths.FixtureSites, "..", "OpenApi", "sample-shapes.yaml"),
            Path.Combine(Path.GetTempPath(), "docsgen-sample-runs-" + Environment.ProcessId, "file-based"));
        output.WriteLine($"dotnet run app.cs: {outcomes.Count(o => o.Passed)} of {outcomes.Count} pass");
        AllPass(outcomes);
    }

    private static void AllPass(List<SampleOutcome> outcomes)
    {
        var failed = outcomes.Where(o => !o.Passed).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {outcomes.Count} samples failed:\n"
            + string.Join("\n", failed.Take(40).Select(f => $"{f.Spec} {f.Operation} [{f.Language}]: {Cut(f.Output)}")));
    }

    private static IEnumerable<ApiOperation> Seeded(IReadOnlyList<ApiOperation> operations) =>
        operations.OrderBy(o => o.Method + " " + o.Path, StringComparer.Ordinal).Select((o, i) => (o, Key: new Random(26 + i).Next()))
            .OrderBy(x => x.Key).Take(100).Select(x => x.o);

    private async Task<List<SampleOutcome>> RunAsync(IReadOnlyList<(string, Func<IReadOnlyList<ApiOperation>, IEnumerable<ApiOperation>>)> specs, string name)
    {
        var work = Path.Combine(Path.GetTempPath(), "docsgen-sample-runs-" + Environment.ProcessId, name);
        var started = DateTime.UtcNow;
        var outcomes = await SampleRunner.RunAsync(specs, work);
        output.WriteLine($"{outcomes.Select(o => (o.Spec, o.Operation)).Distinct().Count()} operations of {specs.Count} specs in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        foreach (var language in SampleRunner.Languages)
        {
            var mine = outcomes.Where(o => o.Language == language).ToList();
            output.WriteLine(SampleToolchains.Has(language)
                ? $"{language,-7} {mine.Count(o => o.Passed),4} of {mine.Count,4} pass ({(mine.Count == 0 ? 0 : 100.0 * mine.Count(o => o.Passed) / mine.Count):0.0}%) in {SampleRunner.Timings.GetValueOrDefault(language).TotalSeconds:0} s"
                : $"{language,-7} not run: toolchain missing");
        }

        Assert.Empty(SampleToolchains.Missing);
        if (outcomes.All(o => o.Passed))
        {
            Directory.Delete(work, recursive: true);
        }

        return outcomes;
    }

    private static string Cut(string text) => text.Length > 400 ? text[..400] + "..." : text.Trim();
}
