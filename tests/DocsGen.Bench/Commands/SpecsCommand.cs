using System.Globalization;
using DocsGen.Bench.Measurement;
using DocsGen.Bench.Peers;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Builds an API reference from each large real-world spec in the shared corpus with the docsgen
/// program, and with Redocly CLI when it is installed, measuring time, peak memory, output size,
/// the number of operation pages and the heaviest operation page (HTML + its CSS and JS).
/// </summary>
internal sealed class SpecsCommand : IBenchCommand
{
    private const string BaseUrl = "https://bench.example/";

    private static readonly Dictionary<string, string> Specs = new(StringComparer.Ordinal)
    {
        ["stripe"] = "stripe-2023-09-12.yaml",
        ["github"] = "github-2022-06-11.json",
        ["kubernetes"] = "kubernetes-1.36-swagger.json",
    };

    private static readonly Dictionary<string, string> TimingsOn = new() { [StageTimes.EnvironmentVariable] = "1" };

    // The reader runs with the runtime settings of the docsgen program (its runtimeconfig turns tiered compilation off).
    private static readonly Dictionary<string, string> ReaderRuntime = new() { ["DOTNET_TieredCompilation"] = "0" };

    public string Name => "specs";

    public string Usage => "specs [stripe github kubernetes] [--install-peers] [--keep]";

    public string Description => "Build the API reference of real specs; compare with Redocly when present.";

    private sealed record Run(string Spec, string Tool, ChildProcess.Result Process, long OutputBytes, int? OperationPages,
        PageWeight.Page? Heaviest, IReadOnlyList<(string Stage, double Milliseconds)> Stages);

    /// <summary>
    /// What any build of docsgen's output must spend at least: reading the spec with the OpenAPI reader in a
    /// fresh process, and putting its output files on disk (timed as a plain write of their bytes).
    /// </summary>
    private sealed record Floor(string Spec, ChildProcess.Result Read, FolderCopy.Result Write);

    public async Task<int> RunAsync(string[] args)
    {
        var chosen = new List<string>();
        var installPeers = false;
        var keep = false;
        foreach (var arg in args)
        {
            if (arg == "--install-peers")
            {
                installPeers = true;
            }
            else if (arg == "--keep")
            {
                keep = true;
            }
            else if (Specs.ContainsKey(arg))
            {
                chosen.Add(arg);
            }
            else
            {
                Console.Error.WriteLine($"specs: unexpected argument '{arg}'. Usage: {Usage}");
                return 2;
            }
        }

        if (chosen.Count == 0)
        {
            chosen.AddRange(Specs.Keys);
        }

        var specsDir = Folders.SharedCorpus() is { } corpus ? Path.Combine(corpus, "specs") : null;
        if (specsDir is null || chosen.Any(name => !File.Exists(Path.Combine(specsDir, Specs[name]))))
        {
            Console.Error.WriteLine($"specs: the specs ({string.Join(", ", chosen.Select(n => Specs[n]))}) were not found in ../shared/corpus/specs beside the checkout.");
            return 2;
        }

        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var redocly = await Redocly.FindAsync(installPeers);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}");
        Console.WriteLine(redocly is null
            ? $"Redocly: not installed in tests/.artifacts/redocly (pass --install-peers to install @redocly/cli@{Redocly.Version})"
            : $"Redocly: @redocly/cli@{Redocly.Version} build-docs");
        Console.WriteLine("Peak memory is the process's VmHWM; wall time includes process start-up.");

        var runs = new List<Run>();
        var floors = new List<Floor>();
        foreach (var name in chosen)
        {
            var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"specs-{name}-{Environment.ProcessId}");
            Folders.DeleteQuietly(work);
            Directory.CreateDirectory(work);
            try
            {
                var spec = Path.Combine(specsDir, Specs[name]);
                runs.Add(await BuildWithDocsGenAsync(name, spec, work, docsgen));
                floors.Add(await MeasureFloorAsync(name, spec, work));
                if (redocly is not null)
                {
                    runs.Add(await BuildWithRedoclyAsync(name, spec, work, redocly));
                }
            }
            finally
            {
                if (keep)
                {
                    Console.WriteLine($"Kept {work}");
                }
                else
                {
                    Folders.DeleteQuietly(work);
                }
            }
        }

        Console.WriteLine();
        Console.Write(TextTable.Format(
            ["spec", "tool", "wall s", "cpu s", "peak MB", "output MB", "op pages", "largest page KB", "= html KB", "+ css/js KB", "on demand KB"],
            [.. runs.Select(Row)]));
        PrintRatios(runs);
        PrintFloors(floors, runs);
        PrintStages(runs);
        return 0;
    }

    private static async Task<Run> BuildWithDocsGenAsync(string name, string spec, string work, string docsgen)
    {
        OneSpecSite.Write(work, name, spec, BaseUrl);

        Console.Error.WriteLine($"Building {name} with docsgen...");
        var output = Path.Combine(work, "_docsgen");
        var run = await ChildProcess.RunAsync("dotnet", [docsgen, "build", work, "--output", output], work, TimingsOn);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"docsgen build of {name} failed ({run.ExitCode}):\n{Tail(run.Output)}");
        }

        var operations = OperationPages(output);
        return new Run(name, "docsgen", run, Folders.SizeOf(output), operations.Count,
            PageWeight.Heaviest(operations, output, BaseUrl), StageTimes.Parse(run.Output));
    }

    private static async Task<Floor> MeasureFloorAsync(string name, string spec, string work)
    {
        Console.Error.WriteLine($"Reading {name} with the OpenAPI reader alone, copying docsgen's output...");
        var bench = Path.Combine(AppContext.BaseDirectory, "DocsGen.Bench.dll");
        var read = await ChildProcess.RunAsync("dotnet", [bench, "read-spec", spec], work, ReaderRuntime);
        if (read.ExitCode != 0)
        {
            throw new InvalidOperationException($"read-spec of {name} failed ({read.ExitCode}):\n{Tail(read.Output)}");
        }

        var copy = Path.Combine(work, "_copy");
        var write = await FolderCopy.RunAsync(Path.Combine(work, "_docsgen"), copy);
        Folders.DeleteQuietly(copy);
        return new Floor(name, read, write);
    }

    private static async Task<Run> BuildWithRedoclyAsync(string name, string spec, string work, Redocly redocly)
    {
        Console.Error.WriteLine($"Building {name} with redocly...");
        var output = Path.Combine(work, "redoc.html");
        var (run, bytes) = await redocly.BuildDocsAsync(spec, output);
        return new Run(name, "redocly", run, bytes, null, PageWeight.Measure(output, work, BaseUrl), []);
    }

    /// <summary>The version's operation pages: v1/api/operations/ID/index.html.</summary>
    private static List<string> OperationPages(string output)
    {
        var operations = Path.Combine(output, "v1", "api", "operations");
        return Directory.Exists(operations)
            // One folder per operation; its samples/ subfolder (the other languages) is not an operation page.
            ? [.. Directory.EnumerateDirectories(operations).Select(folder => Path.Combine(folder, "index.html")).Where(File.Exists).Order(StringComparer.Ordinal)]
            : [];
    }

    private static string[] Row(Run run) =>
    [
        run.Spec,
        run.Tool,
        Number(run.Process.Wall.TotalSeconds, "0.00"),
        Number(run.Process.Cpu.TotalSeconds, "0.00"),
        Number(run.Process.PeakBytes / (1024.0 * 1024.0), "0"),
        Number(run.OutputBytes / (1024.0 * 1024.0), "0.0"),
        run.OperationPages is { } pages ? pages.ToString("N0", CultureInfo.InvariantCulture) : "-",
        run.Heaviest is { } page ? Number(page.TotalBytes / 1024.0, "N0") : "-",
        run.Heaviest is { } html ? Number(html.HtmlBytes / 1024.0, "N0") : "-",
        run.Heaviest is { } assets ? Number(assets.AssetBytes / 1024.0, "N0") : "-",
        run.Heaviest is { } later ? Number(later.OnDemandBytes / 1024.0, "N0") : "-",
    ];

    private static void PrintRatios(List<Run> runs)
    {
        foreach (var group in runs.GroupBy(r => r.Spec))
        {
            var ours = group.FirstOrDefault(r => r.Tool == "docsgen");
            var peer = group.FirstOrDefault(r => r.Tool == "redocly");
            if (ours is null || peer is null)
            {
                continue;
            }

            var wall = ours.Process.Wall.TotalSeconds / peer.Process.Wall.TotalSeconds;
            var cpu = ours.Process.Cpu.TotalSeconds / Math.Max(peer.Process.Cpu.TotalSeconds, 0.01);
            var memory = (double)ours.Process.PeakBytes / Math.Max(peer.Process.PeakBytes, 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key}, docsgen/redocly: wall time x{wall:0.00}, cpu time x{cpu:0.00}, peak memory x{memory:0.00}"));
        }
    }

    private static void PrintFloors(List<Floor> floors, List<Run> runs)
    {
        foreach (var floor in floors)
        {
            var peer = runs.FirstOrDefault(r => r.Spec == floor.Spec && r.Tool == "redocly");
            var total = floor.Read.Wall + floor.Write.Elapsed;
            var read = string.Create(CultureInfo.InvariantCulture,
                $"reading the spec {floor.Read.Wall.TotalSeconds:0.00} s (OpenAPI reader alone, fresh process, cpu {floor.Read.Cpu.TotalSeconds:0.00} s)");
            var write = string.Create(CultureInfo.InvariantCulture,
                $"writing its {floor.Write.Files:N0} files, {floor.Write.Bytes / (1024.0 * 1024.0):0.0} MB {floor.Write.Elapsed.TotalSeconds:0.00} s (a plain write of the same bytes)");
            var target = peer is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; half of Redocly's wall time is {peer.Process.Wall.TotalSeconds / 2:0.00} s");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{floor.Spec}, floor under any build of this output: {read} + {write} = {total.TotalSeconds:0.00} s{target}"));
        }
    }

    private static void PrintStages(List<Run> runs)
    {
        foreach (var run in runs.Where(r => r.Stages.Count > 0))
        {
            Console.WriteLine();
            Console.WriteLine($"{run.Spec}, docsgen stages (ms):");
            Console.Write(TextTable.Format(["stage", "ms"],
                [.. run.Stages.Select(s => new[] { s.Stage, Number(s.Milliseconds, "N0") })]));
        }
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(30));
}
