using System.Globalization;
using System.Text.Json;
using DocsGen.Bench.Measurement;
using DocsGen.Bench.Peers;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Builds N synthetic guide pages (the shared corpus's gen_pages.py) with the docsgen program, and
/// with Hugo when it is on PATH, measuring wall time, pages per second, peak memory and output size.
/// </summary>
internal sealed class PagesCommand : IBenchCommand
{
    public string Name => "pages";

    public string Usage => "pages N [N...] [--install-peers] [--keep]";

    public string Description => "Build N generated Markdown pages; compare with Hugo when present.";

    public async Task<int> RunAsync(string[] args)
    {
        var counts = new List<int>();
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
            else if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                counts.Add(n);
            }
            else
            {
                Console.Error.WriteLine($"pages: unexpected argument '{arg}'. Usage: {Usage}");
                return 2;
            }
        }

        if (counts.Count == 0)
        {
            Console.Error.WriteLine($"pages: give at least one page count. Usage: {Usage}");
            return 2;
        }

        var generator = Folders.SharedCorpus() is { } corpus ? Path.Combine(corpus, "tools", "gen_pages.py") : null;
        if (generator is null || !File.Exists(generator))
        {
            Console.Error.WriteLine("pages: shared/corpus/tools/gen_pages.py was not found beside the checkout (../shared/corpus).");
            return 2;
        }

        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var hugo = await Hugo.FindAsync(installPeers);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}");
        Console.WriteLine(hugo is null ? "Hugo: not on PATH (pass --install-peers to install Debian's package)" : $"Hugo: {await hugo.VersionAsync()}");
        Console.WriteLine("Peak memory is the process's VmHWM; wall time includes process start-up.");

        var all = new List<Measured>();
        foreach (var count in counts)
        {
            var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"pages-{count}-{Environment.ProcessId}");
            Folders.DeleteQuietly(work);
            Directory.CreateDirectory(work);
            try
            {
                all.AddRange(await MeasureAsync(count, work, generator, docsgen, hugo));
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
        Console.Write(ResultTable.Format(all));
        PrintRatios(all);
        return 0;
    }

    private static async Task<List<Measured>> MeasureAsync(int count, string work, string generator, string docsgen, Hugo? hugo)
    {
        var pagesDir = Path.Combine(work, "pages");
        Console.Error.WriteLine($"Generating {count:N0} pages...");
        var generated = await ChildProcess.RunAsync("python3", [generator, count.ToString(CultureInfo.InvariantCulture), pagesDir], work);
        if (generated.ExitCode != 0)
        {
            throw new InvalidOperationException($"gen_pages.py failed:\n{generated.Output}");
        }

        File.WriteAllText(Path.Combine(work, "docsgen.yml"), """
            title: Bench
            versions:
              - id: bench
                dir: pages
            """);

        var results = new List<Measured>();
        Console.Error.WriteLine($"Building {count:N0} pages with docsgen...");
        var docsgenOut = Path.Combine(work, "_docsgen");
        var run = await ChildProcess.RunAsync("dotnet", [docsgen, "build", work, "--output", docsgenOut], work);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"docsgen build failed ({run.ExitCode}):\n{Tail(run.Output)}");
        }

        results.Add(new Measured("docsgen", "to disk", count, run.Wall, run.Cpu, run.PeakBytes, Folders.SizeOf(docsgenOut)));
        await MeasureLinkCheckAsync(count, work, docsgen, run.Wall);
        if (hugo is not null)
        {
            var hugoSite = Path.Combine(work, "hugo");
            Hugo.WriteSite(hugoSite, pagesDir);
            Console.Error.WriteLine($"Building {count:N0} pages with hugo...");
            results.Add(await hugo.BuildAsync(hugoSite, null, count));
            results.Add(await hugo.BuildAsync(hugoSite, Path.Combine(work, "_hugo"), count));
        }

        return results;
    }

    /// <summary>
    /// `docsgen check` builds the site again and then checks every link and anchor in the output; its
    /// JSON report times both, so the link check is set against the build of the same run.
    /// </summary>
    private static async Task MeasureLinkCheckAsync(int count, string work, string docsgen, TimeSpan buildWall)
    {
        Console.Error.WriteLine($"Checking links of {count:N0} pages with docsgen check...");
        var report = Path.Combine(work, "check.json");
        var check = await ChildProcess.RunAsync("dotnet", [docsgen, "check", work, "--format", "json", "--output", report], work);
        if (!File.Exists(report))
        {
            throw new InvalidOperationException($"docsgen check wrote no report ({check.ExitCode}):\n{Tail(check.Output)}");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        var timings = root.GetProperty("timingsMs");
        var build = TimeSpan.FromMilliseconds(timings.GetProperty("build").GetInt64());
        var links = TimeSpan.FromMilliseconds(timings.GetProperty("links").GetInt64());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} pages, link check: {links.TotalSeconds:0.00} s for {root.GetProperty("linksChecked").GetInt32():N0} links in {root.GetProperty("filesScanned").GetInt32():N0} files; " +
            $"build in the same run {build.TotalSeconds:0.00} s (ratio {links / build:0.000}); docsgen build wall {buildWall.TotalSeconds:0.00} s (ratio {links / buildWall:0.000}); " +
            $"check exit {check.ExitCode}, {root.GetProperty("errors").GetInt32()} errors, {root.GetProperty("warnings").GetInt32()} warnings"));
    }

    private static void PrintRatios(List<Measured> all)
    {
        foreach (var group in all.GroupBy(m => m.Pages))
        {
            var ours = group.FirstOrDefault(m => m.Tool == "docsgen");
            var peer = group.FirstOrDefault(m => m.Tool == "hugo" && m.Mode == "to disk");
            if (ours is null || peer is null)
            {
                continue;
            }

            var wall = ours.Wall.TotalSeconds / peer.Wall.TotalSeconds;
            var cpu = ours.Cpu.TotalSeconds / Math.Max(peer.Cpu.TotalSeconds, 0.01);
            var memory = (double)ours.PeakBytes / peer.PeakBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key:N0} pages, docsgen/hugo (both to disk): wall time x{wall:0.00}, cpu time x{cpu:0.00}, peak memory x{memory:0.00}"));
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(30));
}
