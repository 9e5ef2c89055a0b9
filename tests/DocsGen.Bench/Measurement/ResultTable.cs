using System.Globalization;
using System.Text;

namespace DocsGen.Bench.Measurement;

/// <summary>Prints runs as an aligned plain-text table, readable in a terminal and in CI logs.</summary>
internal static class ResultTable
{
    private static readonly string[] Headers = ["tool", "mode", "pages", "wall s", "cpu s", "pages/s", "peak MB", "output MB"];

    public static string Format(IReadOnlyList<Measured> rows)
    {
        var cells = rows.Select(r => new[]
        {
            r.Tool,
            r.Mode,
            r.Pages.ToString("N0", CultureInfo.InvariantCulture),
            r.Wall.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
            r.Cpu.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
            r.PagesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            r.PeakMegabytes.ToString("0", CultureInfo.InvariantCulture),
            r.OutputBytes == 0 ? "-" : (r.OutputBytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture),
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();

        var text = new StringBuilder();
        Line(text, Headers, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        // Text columns left-aligned, numbers right-aligned.
        var parts = cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
        text.AppendLine(string.Join("  ", parts).TrimEnd());
    }
}
