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
