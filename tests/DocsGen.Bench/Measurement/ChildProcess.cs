using System.Diagnostics;
using System.Globalization;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// Runs a program to completion, timing it and sampling its peak resident set size (VmHWM in
/// /proc/PID/status) and CPU time (utime + stime in /proc/PID/stat). Both only grow, so frequent
/// samples miss at most the last few milliseconds of a run. CPU time says more than wall time on a
/// machine shared with other work.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(10);

    /// <summary>USER_HZ, the unit of /proc/PID/stat times: 100 on every mainstream Linux build.</summary>
    private const double ClockTicksPerSecond = 100;

    public sealed record Result(int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, string Output);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        long cpuTicks = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
            cpuTicks = Math.Max(cpuTicks, ReadCpuTicks(process.Id));
            await Task.Delay(SampleEvery);
        }

        await process.WaitForExitAsync();
        clock.Stop();
        var cpu = TimeSpan.FromSeconds(cpuTicks / ClockTicksPerSecond);
        return new Result(process.ExitCode, clock.Elapsed, cpu, peak, await stdout + await stderr);
    }

    /// <summary>utime + stime in clock ticks, or 0 once the process is gone.</summary>
    private static long ReadCpuTicks(int pid)
    {
        try
        {
            // The command name (field 2) may hold spaces; the fields after its closing ')' do not.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
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
