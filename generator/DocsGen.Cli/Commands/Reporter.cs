using DocsGen.Build;
using DocsGen.Diagnostics;

namespace DocsGen.Cli.Commands;

/// <summary>Prints diagnostics grouped by file, progress, and the final summary line.</summary>
internal static class Reporter
{
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Location?.File ?? ""))
        {
            foreach (var diagnostic in group)
            {
                writer.WriteLine(diagnostic.ToString());
            }
        }
    }

    public static void Summary(BuildResult result, TextWriter writer)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var verdict = result.Succeeded ? "Built" : "Build failed:";
        var changed = result.FilesChanged is { } count ? $", {count} changed" : "";
        writer.WriteLine(
            $"{verdict} {result.Pages} pages, {result.Files} files ({result.Bytes / 1024} KB{changed}) in {seconds} s; {result.Errors} errors, {result.Warnings} warnings.");
        if (Environment.GetEnvironmentVariable("DOCSGEN_TIMINGS") == "1")
        {
            foreach (var (stage, time) in result.Timings)
            {
                writer.WriteLine($"  {stage,-24} {time.TotalMilliseconds,8:0} ms");
            }

            Timeline(result.Timeline, writer);
        }
    }

    /// <summary>
    /// The stages on a timeline ("  | " lines, which the bench's stage lines never match): when each ran, how many cores
    /// it kept busy (about 1 of 2 is a serial stretch), what it allocated and the collections that cost.
    /// </summary>
    private static void Timeline(IReadOnlyList<StageSpan> timeline, TextWriter writer)
    {
        if (timeline.Count == 0)
        {
            return;
        }

        var whole = timeline.Aggregate(new ProcessWork(TimeSpan.Zero, 0, 0, 0, 0, TimeSpan.Zero), (sum, span) => new ProcessWork(
            sum.Cpu + span.Work.Cpu, sum.Allocated + span.Work.Allocated, sum.Gen0 + span.Work.Gen0, sum.Gen1 + span.Work.Gen1, sum.Gen2 + span.Work.Gen2, sum.GcPause + span.Work.GcPause));
        foreach (var span in timeline.Append(new StageSpan("(whole build)", timeline[0].Start, timeline[^1].End, whole)))
        {
            writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  | {span.Stage,-24} {span.Start.TotalMilliseconds,6:0}-{span.End.TotalMilliseconds,6:0} ms {span.Cores,5:0.00} cores, cpu {span.Work.Cpu.TotalMilliseconds,6:0} ms, " +
                $"{span.Work.Allocated / (1024.0 * 1024.0),6:0} MB allocated, gc pause {span.Work.GcPause.TotalMilliseconds,5:0} ms, collections {span.Work.Gen0}/{span.Work.Gen1}/{span.Work.Gen2}"));
        }
    }

    /// <summary>Progress on a terminal, one plain line per stage in CI logs.</summary>
    public static IProgress<BuildProgress> Progress(TextWriter writer)
    {
        var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        string? lastStage = null;
        return new SynchronousProgress<BuildProgress>(p =>
        {
            if (interactive)
            {
                writer.Write($"\r  {p.Stage} {p.Done}/{p.Total}   ");
                if (p.Done == p.Total)
                {
                    writer.Write("\r" + new string(' ', 40) + "\r");
                }
            }
            else if (p.Stage != lastStage)
            {
                writer.WriteLine($"  {p.Stage}...");
                lastStage = p.Stage;
            }
        });
    }

    private sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
    {
        private readonly Lock _gate = new();

        public void Report(T value)
        {
            lock (_gate)
            {
                handler(value);
            }
        }
    }
}
