using DocsGen.Checks;
using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>
/// `docsgen check` reports a bound or x-codeSamples sample that cannot run as copied: one its language's
/// parser refuses (DG5030: node, python3, bash -n, gofmt -e) and one that calls a host none of the spec's
/// servers has (DG5031). Fixture: Fixtures/Checks/unrunnable-samples (the spec's listAnimals samples
/// are all fine, getAnimal's are all broken, and a guide binds one broken and one fine sample).
/// </summary>
public sealed class UnrunnableSampleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Samples_that_do_not_parse_or_call_another_host_are_errors_with_their_file_and_line()
    {
        var report = await CheckRunner.RunAsync(new CheckOptions { Root = CheckFixtures.Site("unrunnable-samples") });

        var findings = report.Diagnostics.Where(d => d.Code is DiagnosticCodes.SampleSyntaxError or DiagnosticCodes.SampleUnknownHost)
            .Select(d => $"{d.Location!.File}:{d.Location.Line} {d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Message}").ToList();
        output.WriteLine(string.Join("\n", report.Diagnostics.Select(d => d.ToString())));

        Assert.Equal(
        [
            "versions/v1/api/zoo.yaml:71 error DG5031 The sample calls https://api.zoo-staging.example, which is none of the spec's servers (https://zoo.example/v1, https://sandbox.zoo.example/v1).",
            "versions/v1/api/zoo.yaml:74 error DG5030 The python sample bound to getAnimal does not parse (line 4 of the sample): '(' was never closed",
            "versions/v1/api/zoo.yaml:81 error DG5030 The go sample bound to getAnimal does not parse (line 6 of the sample): missing ',' before newline in argument list",
            "versions/v1/api/zoo.yaml:90 error DG5030 The bash sample bound to getAnimal does not parse (line 1 of the sample): unexpected EOF while looking for matching `\"'",
            "versions/v1/guides/animals.md:9 error DG5030 The js sample bound to listAnimals does not parse: missing ) after argument list",
        ], findings.Order(StringComparer.Ordinal));
        Assert.False(report.Passed);
    }

    [Fact]
    public async Task Every_parser_reads_what_it_should_and_a_module_with_top_level_await_parses()
    {
        var at = new SourceLocation("guide.md", 1, 1);
        var diagnostics = new DiagnosticBag();
        var read = await SampleSyntax.CheckAsync(
        [
            new("javascript", "import { readFile } from \"node:fs/promises\";\nconst r = await fetch(\"https://x.example\");\n", at, "a"),
            new("js", "async function main() {\n  await fetch(\"https://x.example\");\n}\n\nmain();", at, "b"),
            new("python", "print('ok')", at, "c"),
            new("bash", "curl https://x.example", at, "d"),
            new("go", "req, err := http.NewRequest(\"GET\", url, nil)", at, "e"),
            new("ruby", "puts(", at, "f"),
        ], diagnostics, CancellationToken.None);

        Assert.Empty(diagnostics.ToList());
        Assert.Equal(5, read);
    }

    [Fact]
    public async Task Every_x_codeSamples_sample_of_the_corpus_is_read_by_its_parser_where_one_exists()
    {
        var specs = Directory.EnumerateFiles(RepoPaths.Corpus("specs/edge-cases"), "*.yaml", SearchOption.AllDirectories)
            .Append(RepoPaths.Corpus("specs/multi-file/redocly-openapi-starter/openapi") + "/openapi.yaml")
            .Where(f => File.ReadAllText(f).Contains("x-codeSamples", StringComparison.Ordinal) || f.EndsWith("openapi.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var toParse = new List<SyntaxCandidate>();
        var diagnostics = new DiagnosticBag();
        foreach (var file in specs)
        {
            var spec = await SpecLoader.LoadAsync(file, Path.GetFileName(file), new DiagnosticBag(), CancellationToken.None);
            Assert.True(spec is not null, $"{file} does not load");
            SpecCodeSamples.Check(spec, diagnostics, toParse);
        }

        var read = await SampleSyntax.CheckAsync(toParse, diagnostics, CancellationToken.None);

        var parsed = toParse.Where(s => SampleSyntax.Reads(s.Language)).ToList();
        var findings = diagnostics.ToList().Where(d => d.Code is DiagnosticCodes.SampleSyntaxError or DiagnosticCodes.SampleUnknownHost).ToList();
        output.WriteLine($"{specs.Count} specs, {toParse.Count} x-codeSamples ({string.Join(", ", toParse.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), {read} read by a parser");
        output.WriteLine(string.Join("\n", findings.Select(f => f.ToString())));
        Assert.True(parsed.Count > 0, "The corpus has Python and Go x-codeSamples; none was found.");
        Assert.Equal(parsed.Count, read);
        Assert.All(findings, f => Assert.True(f.Location is { Line: > 0 } && f.Location.Pointer is not null, $"{f} has no line or pointer"));
    }
}
