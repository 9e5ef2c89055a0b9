using System.Globalization;
using DocsGen.Bench.Measurement;
using DocsGen.Bench.SampleFreshness;

namespace DocsGen.Bench.Commands;

/// <summary>
/// The sample-freshness mutation benchmark: samples in every generated language, spec changes that
/// break them or leave them valid, and how many breakages `docsgen check` reports as errors.
/// </summary>
internal sealed class SamplesCommand : IBenchCommand
{
    public string Name => "samples";

    public string Usage => "samples [--list]";

    public string Description => "Mutate a spec under generated samples: recall (as errors) and false flags of the sample check.";

    public async Task<int> RunAsync(string[] args)
    {
        var list = args.Contains("--list");
        if (args.Any(a => a != "--list"))
        {
            Console.Error.WriteLine($"samples: unexpected argument '{args.First(a => a != "--list")}'. Usage: {Usage}");
            return 2;
        }

        var result = await SampleFreshnessBench.RunAsync(SampleFreshnessBench.Fixture(Folders.RepositoryRoot()), SpecMutations.Catalogue);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"Samples: {string.Join(", ", result.Samples.Select(s => $"{s.Key} {s.Value}"))}");
        Console.WriteLine($"Spec changes: {result.Breaking} breaking, {result.Harmless} harmless");
        Console.WriteLine($"Findings on the unchanged spec: {result.Baseline.Count}");
        foreach (var finding in result.Baseline)
        {
            Console.WriteLine("  " + finding);
        }

        var rows = result.Pairs.GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, g.Count().ToString(inv), g.Count(p => p.Error).ToString(inv), Percent(g.Count(p => p.Error), g.Count()), g.Count(p => p.AnyFinding).ToString(inv) })
            .Append(["all", result.Pairs.Count.ToString(inv), result.Detected.ToString(inv), Percent(result.Detected, result.Pairs.Count), result.Pairs.Count(p => p.AnyFinding).ToString(inv)])
            .ToList();
        Console.WriteLine(TextTable.Format(["language", "breaking pairs", "as errors", "recall", "any finding"], rows));
        Console.WriteLine($"Recall (breaking pairs reported as errors): {Percent(result.Detected, result.Pairs.Count)} ({result.Detected} of {result.Pairs.Count})");
        Console.WriteLine($"False flags: {result.FalseFlags.Count}");
        foreach (var (mutation, finding) in result.FalseFlags)
        {
            Console.WriteLine($"  [{mutation}] {finding}");
        }

        if (list)
        {
            foreach (var missed in result.Pairs.Where(p => !p.Error))
            {
                Console.WriteLine($"  missed: [{missed.Mutation}] {missed.Operation} ({missed.Language})");
            }
        }

        return 0;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
