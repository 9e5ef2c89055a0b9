using System.Diagnostics;
using System.Globalization;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// Runs a program to completion, timing it and sampling its peak resident set size (VmHWM in
/// /proc/PID/status). The high-water mark only grows, so frequent samples miss at most the last few
/// milliseconds of a run.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(10);

    public sealed record Result(int ExitCode, TimeSpan Wall, long PeakBytes, string Output);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain progress lines, no terminal animation, in the measured program's output.
        start.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
            await Task.Delay(SampleEvery);
        }

        await process.WaitForExitAsync();
        clock.Stop();
        return new Result(process.ExitCode, clock.Elapsed, peak, await stdout + await stderr);
    }

    /// <summary>VmHWM in bytes, or 0 once the process is gone.</summary>
    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
