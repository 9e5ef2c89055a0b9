using System.Text;

namespace DocsGen.Bench.Measurement;

/// <summary>An aligned plain-text table: the first column left-aligned, the others (numbers) right-aligned.</summary>
internal static class TextTable
{
    public static string Format(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(text, [.. headers], widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var parts = cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
        text.AppendLine(string.Join("  ", parts).TrimEnd());
    }
}
