using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DocsGen.Bench.Measurement;
using DocsGen.Build;
using DocsGen.Serve;

namespace DocsGen.Bench.Commands;

/// <summary>
/// The writer's inner loop: serves a generated site of N pages (the shared corpus's gen_pages.py), or a site
/// with Stripe's spec, in this process through the engine's dev server and its real file watcher, then saves
/// edits and times each from the write to the end of the rebuild it started (the watcher's wait included: 5 ms
/// after the first event, longer only for a save that looks unfinished): a body edit, a title edit, and with a spec a description edit. Prints the
/// server's own time, what it rebuilt, and this process's resident memory after each (the server's RSS, plus
/// the harness's little).
/// </summary>
internal sealed class ServeCommand : IBenchCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public string Name => "serve";

    public string Usage => "serve N|stripe [N|stripe...] [--repeat R]";

    public string Description => "Save-to-rebuilt times of `serve` for body, title and spec edits, and serve RSS.";

    public async Task<int> RunAsync(string[] args)
    {
        var sizes = new List<int>();
        var stripe = false;
        var repeat = 3;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "stripe")
            {
                stripe = true;
            }
            else if (args[i] == "--repeat" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out repeat) && repeat > 0)
            {
                i++;
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                sizes.Add(n);
            }
            else
            {
                Console.Error.WriteLine($"serve: unexpected argument '{args[i]}'. Usage: {Usage}");
                return 2;
            }
        }

        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("serve: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        if (sizes.Count == 0 && !stripe)
        {
            Console.Error.WriteLine($"serve: give a page count or 'stripe'. Usage: {Usage}");
            return 2;
        }

        Console.WriteLine($"{"site",-14} {"edit",-18} {"save-to-rebuilt ms (median)",28} {"server ms",10} {"rebuilt",-40} {"RSS MB",8} {"heap MB",8} {"GC committed MB",16}");
        foreach (var size in sizes)
        {
            var work = Directory.CreateTempSubdirectory("docsgen-bench-serve-").FullName;
            try
            {
                var generated = await ChildProcess.RunAsync("python3", [Path.Combine(corpus, "tools", "gen_pages.py"), size.ToString(CultureInfo.InvariantCulture), Path.Combine(work, "pages")], work);
                if (generated.ExitCode != 0)
                {
                    throw new InvalidOperationException($"gen_pages.py failed:\n{generated.Output}");
                }

                File.WriteAllText(Path.Combine(work, "docsgen.yml"), "title: Bench\nversions:\n  - id: bench\n    dir: pages\n");
                var page = Directory.EnumerateFiles(Path.Combine(work, "pages"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(size / 2).First();
                await MeasureAsync($"{size:N0} pages", work, repeat, [("body edit", page, BodyEdit), ("title edit", page, TitleEdit)]);
            }
            finally
            {
                Folders.DeleteQuietly(work);
            }
        }

        if (stripe)
        {
            var work = Directory.CreateTempSubdirectory("docsgen-bench-serve-").FullName;
            try
            {
                var spec = Path.Combine(work, "stripe.yaml");
                File.Copy(Path.Combine(corpus, "specs", "stripe-2023-09-12.yaml"), spec);
                Directory.CreateDirectory(Path.Combine(work, "guides"));
                var guide = Path.Combine(work, "guides", "index.md");
                File.WriteAllText(guide, "# Payments guide\n\nHow to take a payment with the API.\n");
                File.WriteAllText(Path.Combine(work, "docsgen.yml"), "title: Stripe\nversions:\n  - id: v1\n    dir: guides\n    apis:\n      - spec: stripe.yaml\n        prefix: api\n");
                await MeasureAsync("Stripe", work, repeat, [("body edit", guide, BodyEdit), ("title edit", guide, TitleEdit), ("spec description", spec, SpecDescriptionEdit)]);
            }
            finally
            {
                Folders.DeleteQuietly(work);
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(string site, string root, int repeat, (string Name, string File, Func<string, int, string> Edit)[] edits)
    {
        var cold = Stopwatch.StartNew();
        await using var server = new DevServer(new DevServerOptions { Root = root, Port = 0 });
        var builds = new BlockingCollection<BuildResult>();
        server.Built += builds.Add;
        await server.StartAsync();
        builds.TryTake(out _);
        var firstBuild = cold.Elapsed;
        // What the server holds at rest, as a writer finds it a moment after the build: it collects once more 250 ms
        // after a whole build (DevServer.ReleaseMemoryLaterAsync).
        await Task.Delay(1000);
        Console.WriteLine($"{site,-14} {"first build",-18} {firstBuild.TotalMilliseconds,28:0} {server.LastBuild!.Elapsed.TotalMilliseconds,10:0} {$"{server.LastBuild.Pages:N0} pages",-40} {Rss(),8:0} {Heap()}");
        foreach (var (name, file, edit) in edits)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            BuildResult? last = null;
            for (var i = 0; i < repeat; i++)
            {
                var text = edit(File.ReadAllText(file), i);
                var cpuBefore = CpuTime();
                var watch = Stopwatch.StartNew();
                File.WriteAllText(file, text);
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var deadline = DateTime.UtcNow + Patience;
                while (DateTime.UtcNow < deadline && !(builds.TryTake(out last, TimeSpan.FromSeconds(1)) && server.LastChanges.Contains(relative)))
                {
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((CpuTime() - cpuBefore).TotalMilliseconds);
                await Task.Delay(500);
                while (builds.TryTake(out _))
                {
                }
            }

            var rebuilt = last?.PagesRendered is { } pages ? $"{pages.Count} page(s) re-rendered" : $"whole site ({last?.Pages:N0} pages)";
            Console.WriteLine($"{site,-14} {name,-18} {times.Order().ElementAt(times.Count / 2),28:0} {last?.Elapsed.TotalMilliseconds ?? 0,10:0} {rebuilt,-40} {Rss(),8:0} {Heap()}");
            // The server's log line: what it rebuilt and why (how many search index files changed).
            Console.WriteLine("".PadRight(34) + server.LastRebuild);
            // Where the server's time went, stage by stage, in the last rebuild.
            Console.WriteLine("".PadRight(34) + string.Join(", ", (last?.Timings ?? []).Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0} ms")));
            // On a machine others load, wall time says more about them than about us: CPU time (all threads) does not.
            Console.WriteLine("".PadRight(34) + $"CPU time of this process from save to rebuilt, median: {cpu.Order().ElementAt(cpu.Count / 2):0} ms; load average {LoadAverage()}");
        }
    }

    private static string BodyEdit(string text, int round) => text + $"\nA sentence added while serving ({round}).\n";

    private static string TitleEdit(string text, int round)
    {
        var lines = text.Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("# ", StringComparison.Ordinal));
        // A quoted YAML title takes the mark inside its quotes: after them it would be a YAML error, not a title edit.
        lines[title] = lines[title].TrimEnd().EndsWith('"') ? lines[title].TrimEnd()[..^1] + $" {round}\"" : lines[title] + $" {round}";
        return string.Join('\n', lines);
    }

    private static string SpecDescriptionEdit(string text, int round)
    {
        // The first operation's one-line HTML description (Stripe's: "<p>Retrieves the details of an account.</p>").
        const string Marker = "\n      description: <p>";
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException("The spec has no one-line operation description to edit.") : text.Insert(at + Marker.Length, $"Edit {round}. ");
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>
    /// The managed heap after the last collection and what the GC holds committed for it: RSS less these is the
    /// runtime's own (code, stacks, native buffers); committed less heap is free space the GC has not given back.
    /// </summary>
    private static string Heap()
    {
        var info = GC.GetGCMemoryInfo();
        return $"{info.HeapSizeBytes / 1024.0 / 1024.0,8:0} {info.TotalCommittedBytes / 1024.0 / 1024.0,16:0}";
    }

    private static double Rss()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.WorkingSet64 / 1024.0 / 1024.0;
    }
}
