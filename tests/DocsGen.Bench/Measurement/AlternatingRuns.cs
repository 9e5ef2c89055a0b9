using System.Globalization;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// Runs two or more contenders in turn (A B A B ...) and keeps every run, so a ratio can be taken pair by
/// pair: on a machine shared with other work the speed drifts during a measurement, and a ratio of two
/// runs made seconds apart says more than a ratio of two medians taken minutes apart.
/// </summary>
internal static class AlternatingRuns
{
    /// <summary>One contender: prepares its run untimed (a fresh output folder), then runs and returns what it measured.</summary>
    public sealed record Contender(string Name, Action Prepare, Func<Task<ChildProcess.Result>> Run);

    /// <summary>Each contender's runs, in order, after <paramref name="warmups"/> uncounted rounds.</summary>
    public static async Task<Dictionary<string, List<ChildProcess.Result>>> RunAsync(IReadOnlyList<Contender> contenders, int rounds, int warmups)
    {
        var results = contenders.ToDictionary(c => c.Name, _ => new List<ChildProcess.Result>(), StringComparer.Ordinal);
        for (var round = -warmups; round < rounds; round++)
        {
            foreach (var contender in contenders)
            {
                contender.Prepare();
                var run = await contender.Run();
                if (run.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{contender.Name} failed ({run.ExitCode}):\n{string.Join('\n', run.Output.Split('\n').TakeLast(30))}");
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(round < 0 ? "warm-up" : $"round {round + 1}/{rounds}")}: {contender.Name} {run.Wall.TotalSeconds:0.00} s wall, {run.Cpu.TotalSeconds:0.00} s cpu, {run.PeakBytes / (1024.0 * 1024.0):0} MB peak"));
                if (round >= 0)
                {
                    results[contender.Name].Add(run);
                }
            }
        }

        return results;
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The median of the ratios a/b taken run by run (the i-th run of each was made in the same round).</summary>
    public static double MedianRatio(IReadOnlyList<ChildProcess.Result> a, IReadOnlyList<ChildProcess.Result> b, Func<ChildProcess.Result, double> measure) =>
        Median(a.Zip(b, (x, y) => measure(x) / Math.Max(measure(y), 1e-9)));
}
