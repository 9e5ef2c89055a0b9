using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocsGen.Bench.Measurement;

namespace DocsGen.Bench.Commands;

/// <summary>
/// CI-matrix scale-out: a site of V versions of P generated pages each (gen_pages.py), built whole with
/// `docsgen build`, then one `docsgen build --only VERSION` per version (what each matrix job runs) and
/// `docsgen merge` of the parts. Prints wall time, CPU time and peak memory of each run, checks that the
/// merged site is byte for byte the whole build, and sets the slowest part plus the merge (the critical
/// path when every part has a machine of its own) against the whole build.
/// </summary>
internal sealed class ScaleOutCommand : IBenchCommand
{
    public string Name => "scaleout";

    public string Usage => "scaleout [VERSIONS] [PAGES_PER_VERSION] [--keep]";

    public string Description => "Build V versions x P pages whole, per version (--only) and merged (default 10 x 1,000).";

    public async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var keep = args.Contains("--keep");
        if (numbers.Count > 2 || numbers.Any(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 1) || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--keep"))
        {
            Console.Error.WriteLine($"scaleout: unexpected arguments. Usage: {Usage}");
            return 2;
        }

        var versionCount = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10;
        var pagesPerVersion = numbers.Count > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 1000;
        var generator = Folders.SharedCorpus() is { } corpus ? Path.Combine(corpus, "tools", "gen_pages.py") : null;
        if (generator is null || !File.Exists(generator))
        {
            Console.Error.WriteLine("scaleout: shared/corpus/tools/gen_pages.py was not found beside the checkout (../shared/corpus).");
            return 2;
        }

        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"scaleout-{Environment.ProcessId}");
        Folders.DeleteQuietly(work);
        Directory.CreateDirectory(work);
        try
        {
            var versions = Enumerable.Range(1, versionCount).Reverse().Select(i => $"v{i:00}").ToList();
            Console.Error.WriteLine($"Generating {versionCount} versions x {pagesPerVersion:N0} pages...");
            foreach (var version in versions)
            {
                var generated = await ChildProcess.RunAsync("python3", [generator, pagesPerVersion.ToString(CultureInfo.InvariantCulture), Path.Combine(work, "versions", version)], work);
                if (generated.ExitCode != 0)
                {
                    throw new InvalidOperationException($"gen_pages.py failed:\n{generated.Output}");
                }
            }

            var config = new StringBuilder("title: Scale-out bench\nbaseUrl: https://docs.example.com/\nversions:\n");
            foreach (var version in versions)
            {
                config.Append($"  - id: {version}\n    label: \"{version}\"\n");
            }

            File.WriteAllText(Path.Combine(work, "docsgen.yml"), config.ToString());
            var pages = versionCount * pagesPerVersion;
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}; load average {LoadAverage()}");
            Console.WriteLine("Each run is its own `docsgen` process, one after another on this machine; peak memory is the process's VmHWM.");

            var rows = new List<Measured>();
            var whole = Path.Combine(work, "_whole");
            Console.Error.WriteLine($"Building {pages:N0} pages whole...");
            rows.Add(await RunAsync(docsgen, work, "whole", pages, ["build", work, "-o", whole]));

            var parts = new List<string>();
            foreach (var version in versions)
            {
                var part = Path.Combine(work, "_parts", version);
                Console.Error.WriteLine($"Building part {version}...");
                rows.Add(await RunAsync(docsgen, work, $"--only {version}", pagesPerVersion, ["build", work, "--only", version, "-o", part]));
                parts.Add(part);
            }

            var merged = Path.Combine(work, "_merged");
            Console.Error.WriteLine("Merging...");
            rows.Add(await RunAsync(docsgen, work, "merge", pages, ["merge", .. parts, "-o", merged]));

            Console.WriteLine();
            Console.Write(ResultTable.Format(rows));
            var same = SameFiles(whole, merged);
            Console.WriteLine($"Merged site equals the whole build byte for byte: {(same is null ? "yes" : "NO, " + same)}");
            var partRows = rows.Where(r => r.Mode.StartsWith("--only", StringComparison.Ordinal)).ToList();
            var slowest = partRows.Max(r => r.Wall);
            var merge = rows[^1];
            var wholeRow = rows[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Whole build {wholeRow.Wall.TotalSeconds:0.0} s; one machine per part: slowest part {slowest.TotalSeconds:0.0} s + merge {merge.Wall.TotalSeconds:0.0} s = {(slowest + merge.Wall).TotalSeconds:0.0} s " +
                $"(x{wholeRow.Wall / (slowest + merge.Wall):0.00} faster); parts' CPU together {partRows.Sum(r => r.Cpu.TotalSeconds):0.0} s vs whole {wholeRow.Cpu.TotalSeconds:0.0} s; " +
                $"peak memory whole {wholeRow.PeakMegabytes:0} MB, largest part {partRows.Max(r => r.PeakMegabytes):0} MB, merge {merge.PeakMegabytes:0} MB"));
            return same is null ? 0 : 1;
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

    private static async Task<Measured> RunAsync(string docsgen, string work, string mode, int pages, string[] arguments)
    {
        var run = await ChildProcess.RunAsync("dotnet", [docsgen, .. arguments], work);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"docsgen {string.Join(' ', arguments)} failed ({run.ExitCode}):\n{string.Join('\n', run.Output.Split('\n').TakeLast(30))}");
        }

        var output = arguments[Array.IndexOf(arguments, "-o") + 1];
        return new Measured("docsgen", mode, pages, run.Wall, run.Cpu, run.PeakBytes, Folders.SizeOf(output));
    }

    /// <summary>Null when both folders hold the same files with the same bytes, else the first difference.</summary>
    private static string? SameFiles(string a, string b)
    {
        static SortedDictionary<string, string> Hashes(string folder) => new(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
        var (left, right) = (Hashes(a), Hashes(b));
        var missing = left.Keys.Except(right.Keys).Concat(right.Keys.Except(left.Keys)).FirstOrDefault();
        return missing is not null ? $"{missing} is in one only" : left.FirstOrDefault(p => right[p.Key] != p.Value).Key is { } differs ? $"{differs} differs" : null;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
