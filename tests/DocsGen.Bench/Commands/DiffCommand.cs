using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocsGen.ApiDiff;
using DocsGen.ApiDiff.Formatting;
using DocsGen.Bench.Measurement;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.ApiDiff.Evolution;
using Microsoft.OpenApi;

namespace DocsGen.Bench.Commands;

/// <summary>
/// <c>diff</c>: times loading the Stripe spec against diffing it with itself, in process.
/// <c>diff evolved</c>: writes evolved versions of Stripe's and GitHub's specs (see <see cref="Evolutions"/>),
/// runs <c>docsgen diff</c> on each real pair in every format as a child process (<c>--runs N</c> times,
/// formats alternating, medians printed), and prints wall time, CPU time, peak memory, entries and output
/// size, with the number of changes the evolver seeded, then where the time of one diff goes, stage by
/// stage, in process; <c>--site</c> also builds a two-version site per pair and weighs its changelog page.
/// </summary>
internal sealed class DiffCommand : IBenchCommand
{
    private const string SpecFile = "stripe-2023-09-12.yaml";

    private const int CompareRuns = 3;

    private static readonly string[] Formats = ["text", "json", "markdown"];

    public string Name => "diff";

    public string Usage => "diff [evolved [--site] [--runs N]]";

    public string Description => "Stripe vs itself in process; or docsgen diff on evolved Stripe/GitHub pairs (medians of N alternating runs, stage times).";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "evolved" && EvolvedOptions(args[1..]) is var (withSite, runs))
        {
            return await EvolvedAsync(withSite, runs);
        }

        if (args.Length > 0)
        {
            Console.Error.WriteLine($"diff: unexpected arguments '{string.Join(' ', args)}'. Usage: {Usage}");
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
            var report = ApiDiffer.Compare(loaded, loaded);
            compares.Add(clock.Elapsed);
            rows.Add(Row($"compare with itself #{i}", compares[^1], $"{report.Changes.Count} changes"));
        }

        Console.WriteLine();
        Console.Write(TextTable.Format(["step", "ms", "result"], rows));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compare/load: first x{compares[0] / load:0.000}, fastest x{compares.Min() / load:0.000}"));
        return 0;
    }

    /// <summary>Options after <c>evolved</c>: <c>--site</c> and <c>--runs N</c> (1 to 15); null when anything else is there.</summary>
    private static (bool WithSite, int Runs)? EvolvedOptions(string[] args)
    {
        var (withSite, runs) = (false, 1);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--site")
            {
                withSite = true;
            }
            else if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs is >= 1 and <= 15)
            {
                continue;
            }
            else
            {
                return null;
            }
        }

        return (withSite, runs);
    }

    private static async Task<int> EvolvedAsync(bool withSite, int runs)
    {
        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("diff evolved: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}; load average {LoadAverage()}");
        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"diff-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var rows = new List<string[]>();
        var stages = new List<string[]>();
        var failed = false;
        try
        {
            foreach (var file in Evolutions.Files)
            {
                var original = Path.Combine(corpus, "specs", file);
                var (evolved, evolver) = await WriteEvolvedAsync(original, file, work);
                var expected = evolver.ExpectedEntries.Count();
                Console.Error.WriteLine($"{file}: {evolver.Seeded.Count} seeded edits, {expected} expected entries; diffing {runs} time(s) per format...");
                var measured = Formats.ToDictionary(f => f, _ => new List<ChildProcess.Result>());
                var entries = new Dictionary<string, int?>();
                for (var run = 0; run < runs; run++)
                {
                    // Formats alternate within a run, so a burst of load on the shared machine hits all of them alike.
                    foreach (var format in Formats)
                    {
                        var report = Path.Combine(work, $"{Path.GetFileNameWithoutExtension(file)}.{format}");
                        var result = await ChildProcess.RunAsync("dotnet", [docsgen, "diff", original, evolved, "--format", format, "--output", report], work);
                        if (result.ExitCode != 0)
                        {
                            Console.Error.WriteLine($"docsgen diff failed ({result.ExitCode}):\n{result.Output}");
                            return 1;
                        }

                        measured[format].Add(result);
                        entries[format] = format == "json" ? CountEntries(report) : null;
                        failed |= entries[format] is { } count && count != expected;
                        entries[$"{format}-bytes"] = (int)new FileInfo(report).Length;
                    }
                }

                foreach (var format in Formats)
                {
                    var results = measured[format];
                    rows.Add([file, format, Ms(Median(results.Select(r => r.Wall))), Ms(Median(results.Select(r => r.Cpu))),
                        Ms(results.Min(r => r.Wall)), Mb(results.Max(r => r.PeakBytes)), Mb(entries[$"{format}-bytes"] ?? 0),
                        entries[format]?.ToString(CultureInfo.InvariantCulture) ?? "", expected.ToString(CultureInfo.InvariantCulture)]);
                }

                stages.AddRange(await StageTimesAsync(file, original, evolved));
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
        Console.Write(TextTable.Format(["spec", "format", "median wall ms", "median cpu ms", "best wall ms", "peak MB", "output MB", "entries", "seeded entries"], rows));
        Console.WriteLine($"({runs} run(s) per format; load average now {LoadAverage()})");
        Console.WriteLine("Targets (Stripe-size pair, 2 cores): <= 5 s and <= 1 GB per format, JSON <= 10 MB, entries == seeded entries; changelog page <= 200 KB.");
        Console.WriteLine();
        Console.WriteLine("Where one diff's time goes, in process (second pass, JIT done; CPU is the whole process's, GC included):");
        Console.Write(TextTable.Format(["spec", "stage", "wall ms", "cpu ms"], stages));
        return failed ? 1 : 0;
    }

    /// <summary>
    /// One diff in process, stage by stage, as <c>docsgen diff</c> runs it but one stage at a time:
    /// each spec read, its dropped keywords read back, the comparison, each format. Run twice; the second
    /// pass is printed, so JIT time does not land on whichever stage comes first.
    /// </summary>
    private static async Task<List<string[]>> StageTimesAsync(string file, string original, string evolved)
    {
        var rows = new List<string[]>();
        for (var pass = 0; pass < 2; pass++)
        {
            rows.Clear();
            var process = Process.GetCurrentProcess();
            async Task<T> Stage<T>(string name, Func<Task<T>> work)
            {
                process.Refresh();
                var (cpu, clock) = (process.TotalProcessorTime, Stopwatch.StartNew());
                var result = await work();
                process.Refresh();
                rows.Add([file, name, Ms(clock.Elapsed), Ms(process.TotalProcessorTime - cpu)]);
                return result;
            }

            var oldSpec = await Stage("read old spec", () => SpecLoader.LoadAsync(original, file, new DiagnosticBag(), CancellationToken.None));
            var newSpec = await Stage("read new spec (JSON)", () => SpecLoader.LoadAsync(evolved, "evolved.json", new DiagnosticBag(), CancellationToken.None));
            await Stage("dropped keywords, old", () => Task.FromResult(oldSpec!.LostKeywords.Count));
            await Stage("dropped keywords, new", () => Task.FromResult(newSpec!.LostKeywords.Count));
            var report = await Stage("compare", () => Task.FromResult(ApiDiffer.Compare(oldSpec!, newSpec!)));
            await Stage("format text", () => Task.FromResult(ApiDiffTextFormatter.Format(report)));
            await Stage("format json", () => Task.FromResult(ApiDiffJsonFormatter.Format(report)));
            await Stage("format markdown", () => Task.FromResult(ApiDiffMarkdownFormatter.Format(report)));
        }

        return rows;
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The evolved spec, written as JSON the way a team would publish its next version.</summary>
    private static async Task<(string Path, SpecEvolver Evolver)> WriteEvolvedAsync(string original, string file, string work)
    {
        var loaded = await SpecLoader.LoadAsync(original, file, new DiagnosticBag(), CancellationToken.None)
            ?? throw new InvalidOperationException($"{file} could not be loaded.");
        var evolver = Evolutions.Evolve(file, loaded);
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

        return [file, "site build", Ms(run.Wall), Ms(run.Cpu), "", Mb(run.PeakBytes), $"changelog {size / 1024.0:0.0} KB", "", ""];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string[] Row(string step, TimeSpan time, string result) =>
        [step, time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), result];
}
