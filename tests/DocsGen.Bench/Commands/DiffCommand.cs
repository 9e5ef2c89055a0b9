using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocsGen.ApiDiff;
using DocsGen.Bench.Measurement;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.ApiDiff.Evolution;
using Microsoft.OpenApi;

namespace DocsGen.Bench.Commands;

/// <summary>
/// <c>diff</c>: times loading the Stripe spec against diffing it with itself, in process.
/// <c>diff evolved</c>: writes evolved versions of Stripe's and GitHub's specs (see <see cref="Evolutions"/>),
/// runs <c>docsgen diff</c> on each real pair in every format as a child process, and prints wall time,
/// peak memory, entries and output size, with the number of changes the evolver seeded; <c>--site</c>
/// also builds a two-version site per pair and weighs its changelog page.
/// </summary>
internal sealed class DiffCommand : IBenchCommand
{
    private const string SpecFile = "stripe-2023-09-12.yaml";

    private const int CompareRuns = 3;

    private static readonly string[] Formats = ["text", "json", "markdown"];

    public string Name => "diff";

    public string Usage => "diff [evolved [--site]]";

    public string Description => "Stripe vs itself in process; or docsgen diff on evolved Stripe/GitHub pairs.";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "evolved" && args.Skip(1).All(a => a == "--site"))
        {
            return await EvolvedAsync(withSite: args.Contains("--site"));
        }

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

    private static async Task<int> EvolvedAsync(bool withSite)
    {
        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("diff evolved: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}");
        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"diff-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var rows = new List<string[]>();
        var failed = false;
        try
        {
            foreach (var file in Evolutions.Files)
            {
                var original = Path.Combine(corpus, "specs", file);
                var (evolved, evolver) = await WriteEvolvedAsync(original, file, work);
                var expected = evolver.ExpectedEntries.Count();
                Console.Error.WriteLine($"{file}: {evolver.Seeded.Count} seeded edits, {expected} expected entries; diffing...");
                foreach (var format in Formats)
                {
                    var report = Path.Combine(work, $"{Path.GetFileNameWithoutExtension(file)}.{format}");
                    var run = await ChildProcess.RunAsync("dotnet", [docsgen, "diff", original, evolved, "--format", format, "--output", report], work);
                    if (run.ExitCode != 0)
                    {
                        Console.Error.WriteLine($"docsgen diff failed ({run.ExitCode}):\n{run.Output}");
                        return 1;
                    }

                    var entries = format == "json" ? CountEntries(report) : (int?)null;
                    failed |= entries is { } count && count != expected;
                    rows.Add([file, format, Ms(run.Wall), Ms(run.Cpu), Mb(run.PeakBytes), Mb(new FileInfo(report).Length),
                        entries?.ToString(CultureInfo.InvariantCulture) ?? "", expected.ToString(CultureInfo.InvariantCulture)]);
                }

                if (withSite)
                {
                    rows.Add(await BuildSiteAsync(file, original, evolved, work, docsgen));
                }
            }
        }
        finally
        {
            Folders.DeleteQuietly(work);
        }

        Console.WriteLine();
        Console.Write(TextTable.Format(["spec", "format", "wall ms", "cpu ms", "peak MB", "output MB", "entries", "seeded entries"], rows));
        Console.WriteLine("Targets (Stripe-size pair, 2 cores): <= 5 s and <= 1 GB per format, JSON <= 10 MB, entries == seeded entries; changelog page <= 200 KB.");
        return failed ? 1 : 0;
    }

    /// <summary>The evolved spec, written as JSON the way a team would publish its next version.</summary>
    private static async Task<(string Path, SpecEvolver Evolver)> WriteEvolvedAsync(string original, string file, string work)
    {
        var loaded = await SpecLoader.LoadAsync(original, file, new DiagnosticBag(), CancellationToken.None)
            ?? throw new InvalidOperationException($"{file} could not be loaded.");
        var evolver = Evolutions.Evolve(file, loaded.Document);
        var path = Path.Combine(work, $"{Path.GetFileNameWithoutExtension(file)}-evolved.json");
        await using var stream = File.Create(path);
        await evolver.Document.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);
        return (path, evolver);
    }

    private static int CountEntries(string jsonReport)
    {
        using var stream = File.OpenRead(jsonReport);
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("changes").GetArrayLength();
    }

    /// <summary>Builds v1 (original) and v2 (evolved) as one site and weighs v2's changelog page.</summary>
    private static async Task<string[]> BuildSiteAsync(string file, string original, string evolved, string work, string docsgen)
    {
        var site = Path.Combine(work, $"site-{Path.GetFileNameWithoutExtension(file)}");
        Directory.CreateDirectory(Path.Combine(site, "versions", "v1"));
        Directory.CreateDirectory(Path.Combine(site, "versions", "v2"));
        File.WriteAllText(Path.Combine(site, "versions", "v1", "index.md"), "# v1\n");
        File.WriteAllText(Path.Combine(site, "versions", "v2", "index.md"), "# v2\n");
        File.WriteAllText(Path.Combine(site, "docsgen.yml"), $"""
            title: Bench changelog
            baseUrl: https://bench.example.com
            readRoots: ['{Path.GetDirectoryName(evolved)!.Replace("'", "''", StringComparison.Ordinal)}', '{Path.GetDirectoryName(original)!.Replace("'", "''", StringComparison.Ordinal)}']
            versions:
              - id: v2
                apis:
                  - id: api
                    spec: '{evolved.Replace("'", "''", StringComparison.Ordinal)}'
                    prefix: api
              - id: v1
                apis:
                  - id: api
                    spec: '{original.Replace("'", "''", StringComparison.Ordinal)}'
                    prefix: api
            """);
        var output = Path.Combine(site, "_site");
        Console.Error.WriteLine($"{file}: building a two-version site...");
        var run = await ChildProcess.RunAsync("dotnet", [docsgen, "build", site, "--output", output], site);
        var page = Path.Combine(output, "v2", "api", "changelog", "index.html");
        var size = File.Exists(page) ? new FileInfo(page).Length : -1;
        if (run.ExitCode != 0 || size < 0)
        {
            Console.Error.WriteLine($"docsgen build exited {run.ExitCode}; changelog page {(size < 0 ? "missing" : "written")}:\n{run.Output[^Math.Min(run.Output.Length, 3000)..]}");
        }

        return [file, "site build", Ms(run.Wall), Ms(run.Cpu), Mb(run.PeakBytes), $"changelog {size / 1024.0:0.0} KB", "", ""];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string[] Row(string step, TimeSpan time, string result) =>
        [step, time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), result];
}
