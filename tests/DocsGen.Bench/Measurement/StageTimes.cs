using System.Globalization;
using System.Text.RegularExpressions;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// Reads the per-stage timings that `docsgen build` prints after its summary line when run with
/// DOCSGEN_TIMINGS=1 (lines like `  render and write pages   3398 ms`).
/// </summary>
internal static partial class StageTimes
{
    public const string EnvironmentVariable = "DOCSGEN_TIMINGS";

    public static IReadOnlyList<(string Stage, double Milliseconds)> Parse(string output)
    {
        var stages = new List<(string, double)>();
        var afterSummary = false;
        foreach (var line in output.Split('\n'))
        {
            // Progress lines ("  pages...") share the indent, so only lines after the summary count.
            if (line.StartsWith("Built ", StringComparison.Ordinal) || line.StartsWith("Build failed:", StringComparison.Ordinal))
            {
                afterSummary = true;
                continue;
            }

            if (afterSummary && TimingLine().Match(line.TrimEnd('\r')) is { Success: true } match)
            {
                stages.Add((match.Groups["stage"].Value, double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return stages;
    }

    [GeneratedRegex(@"^  (?<stage>\S.*?)\s+(?<ms>\d+) ms$")]
    private static partial Regex TimingLine();
}
