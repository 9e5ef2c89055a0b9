using System.Text;
using DocsGen.Build;
using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Bench.SampleFreshness;

/// <summary>
/// Measures how well `docsgen check` catches stale samples. Generates a sample per operation in every
/// language DocsGen generates (plus hand-written raw HTTP), binds them to their operations in a guide,
/// then applies each spec change of <see cref="SpecMutations"/> and runs the sample check: every
/// sample of an operation a breaking change affects must get an error; nothing else may be flagged.
/// </summary>
internal static class SampleFreshnessBench
{
    private const string SpecPath = "versions/v1/api/acme.yaml";
    private const string GuidePath = "versions/v1/generated-samples.md";

    public static string Fixture(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "DocsGen.Bench", "SampleFreshness", "fixture");

    public static async Task<SampleFreshnessResult> RunAsync(string fixture, IReadOnlyList<SpecMutation> mutations, CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-samplebench-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(fixture, root);
            var operations = await GeneratedSamplesAsync(root, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root, GuidePath), Guide(operations), cancellationToken);
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_site") }, cancellationToken);
            if (build.Site is null)
            {
                throw new InvalidOperationException("The fixture site does not build: " + string.Join("; ", build.Diagnostics.Where(d => d.Severity == Severity.Error)));
            }

            var guides = build.Site.Versions.Values.SelectMany(v => v.All).Where(p => p.Kind == PageKind.Guide).ToList();
            var blocks = guides.SelectMany(g => g.CodeBlocks).Where(b => b.Attributes.ContainsKey("op")).ToList();
            var specFile = Path.Combine(root, SpecPath);
            var original = await File.ReadAllTextAsync(specFile, cancellationToken);
            var baseline = await CheckAsync(build, guides, cancellationToken);
            var known = baseline.Select(Key).ToHashSet(StringComparer.Ordinal);

            var pairs = new List<(string, string, string, bool, bool)>();
            var falseFlags = new List<(string, Diagnostic)>();
            foreach (var mutation in mutations)
            {
                await File.WriteAllTextAsync(specFile, mutation.Apply(original), cancellationToken);
                var findings = (await CheckAsync(build, guides, cancellationToken)).Where(d => !known.Contains(Key(d))).ToList();
                var affected = blocks.Where(b => mutation.Breaks.Contains(SpecMutation.Every) || mutation.Breaks.Contains(b.Attributes["op"])).ToList();
                foreach (var block in affected)
                {
                    var at = findings.Where(f => At(f, block)).ToList();
                    pairs.Add((mutation.Name, block.Attributes["op"], block.Language ?? "", at.Any(f => f.Severity == Severity.Error), at.Count > 0));
                }

                falseFlags.AddRange(findings.Where(f => !affected.Any(b => At(f, b))).Select(f => (mutation.Name, f)));
            }

            await File.WriteAllTextAsync(specFile, original, cancellationToken);
            var samples = blocks.GroupBy(b => b.Language ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            return new SampleFreshnessResult(samples, mutations.Count(m => m.Breaking), mutations.Count(m => !m.Breaking), baseline, pairs, falseFlags);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(BuildResult build, IReadOnlyList<Page> guides, CancellationToken cancellationToken)
    {
        // The spec's own examples are not what is measured here; the changes leave some of them stale on purpose.
        var result = await SampleCheck.RunAsync(build.Site!.Config, guides, new SampleCheckSettings { SpecExamples = null }, cancellationToken);
        return result.Diagnostics;
    }

    /// <summary>The operations of the fixture with the samples DocsGen's generator writes for them.</summary>
    private static async Task<IReadOnlyList<ApiOperation>> GeneratedSamplesAsync(string root, CancellationToken cancellationToken)
    {
        var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_generated") }, cancellationToken);
        if (build.Site is null)
        {
            throw new InvalidOperationException("The fixture site does not build: " + string.Join("; ", build.Diagnostics.Where(d => d.Severity == Severity.Error)));
        }

        Directory.Delete(Path.Combine(root, "_generated"), recursive: true);
        return build.Site.Versions.Values.SelectMany(v => v.All).Select(p => p.Model).OfType<ApiOperation>()
            .DistinctBy(o => o.Id).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    private static string Guide(IReadOnlyList<ApiOperation> operations)
    {
        var sb = new StringBuilder("---\ntitle: Generated samples\n---\n\nEvery sample DocsGen generates for each operation, bound to it.\n");
        foreach (var operation in operations)
        {
            sb.Append("\n## ").Append(operation.Id).Append('\n');
            foreach (var sample in operation.CodeSamples)
            {
                sb.Append("\n````").Append(sample.Language).Append(" {op=").Append(operation.Id).Append("}\n")
                    .Append(sample.Source.TrimEnd()).Append("\n````\n");
            }
        }

        return sb.ToString();
    }

    private static bool At(Diagnostic finding, GuideCodeBlock block) =>
        finding.Location is { } at && at.File == block.Location.File && at.Line == block.Location.Line;

    private static string Key(Diagnostic d) => $"{d.Location}|{d.Code}|{d.Message}";

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
