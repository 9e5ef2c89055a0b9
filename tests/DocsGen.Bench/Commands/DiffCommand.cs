using System.Diagnostics;
using System.Globalization;
using DocsGen.ApiDiff;
using DocsGen.Bench.Measurement;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Times loading the Stripe spec against diffing it with itself, in process, to show whether the API
/// diff costs more than the load it needs (a real diff loads two specs).
/// </summary>
internal sealed class DiffCommand : IBenchCommand
{
    private const string SpecFile = "stripe-2023-09-12.yaml";

    private const int CompareRuns = 3;

    public string Name => "diff";

    public string Usage => "diff";

    public string Description => "Time loading Stripe's spec vs ApiDiffer.Compare of it against itself.";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0)
        {
            Console.Error.WriteLine($"diff: unexpected argument '{args[0]}'. Usage: {Usage}");
            return 2;
        }

        var spec = Folders.SharedCorpus() is { } corpus ? Path.Combine(corpus, "specs", SpecFile) : null;
        if (spec is null || !File.Exists(spec))
        {
            Console.Error.WriteLine($"diff: {SpecFile} was not found in ../shared/corpus/specs beside the checkout.");
            return 2;
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}");
        var clock = Stopwatch.StartNew();
        var loaded = await SpecLoader.LoadAsync(spec, SpecFile, new DiagnosticBag(), CancellationToken.None);
        var load = clock.Elapsed;
        if (loaded is null)
        {
            Console.Error.WriteLine($"diff: {SpecFile} could not be loaded.");
            return 1;
        }

        var rows = new List<string[]> { Row("load (first, includes JIT)", load, "") };
        var compares = new List<TimeSpan>();
        for (var i = 1; i <= CompareRuns; i++)
        {
            clock.Restart();
            var report = ApiDiffer.Compare(loaded.Document, loaded.Document);
            compares.Add(clock.Elapsed);
            rows.Add(Row($"compare with itself #{i}", compares[^1], $"{report.Changes.Count} changes"));
        }

        Console.WriteLine();
        Console.Write(TextTable.Format(["step", "ms", "result"], rows));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compare/load: first x{compares[0] / load:0.000}, fastest x{compares.Min() / load:0.000}"));
        return 0;
    }

    private static string[] Row(string step, TimeSpan time, string result) =>
        [step, time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), result];
}
