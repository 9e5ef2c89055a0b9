using System.Globalization;
using System.Text;
using DocsGen.Config;

namespace DocsGen.Coverage;

/// <summary>One line of the coverage summary table: a spec of a version, with its share per criterion.</summary>
/// <param name="Criteria">Percent per criterion, in <see cref="CoverageCriteria.All"/> order; required ones marked with *.</param>
/// <param name="Verdict">"pass", "FAIL" (below the minimum) or "" when the gate is off.</param>
public sealed record CoverageSummaryRow(string Version, string Api, string Covered, string Percent, IReadOnlyList<string> Criteria, string Verdict);

/// <summary>The coverage summary `docsgen check` prints for people, as rows (for a Spectre table) or as aligned text.</summary>
public static class CoverageSummary
{
    public static IReadOnlyList<string> Headers { get; } =
        ["Version", "API", "Covered", "%", .. CoverageCriteria.All.Select(CoverageCriteria.NameOf), "Gate"];

    public static IReadOnlyList<CoverageSummaryRow> Rows(SiteCoverage coverage) =>
        coverage.Versions.SelectMany(v => v.Specs.Select(s => new CoverageSummaryRow(
            v.Version,
            s.Title,
            $"{s.Totals.Covered}/{s.Totals.Operations}",
            CoverageGate.Percent(s.Totals.Percent),
            CoverageCriteria.All.Select(c => CoverageGate.Percent(s.Totals.PercentOf(c)) + (coverage.Required.Contains(c) ? "*" : "")).ToList(),
            !coverage.GateEnabled ? "" : s.Totals.Reaches(coverage.Minimum) ? "pass" : "FAIL"))).ToList();

    /// <summary>The table as aligned plain text, with a line saying what * and the gate mean.</summary>
    public static string Text(SiteCoverage coverage)
    {
        var rows = Rows(coverage).Select(r => (IReadOnlyList<string>)[r.Version, r.Api, r.Covered, r.Percent, .. r.Criteria, r.Verdict]).ToList();
        if (rows.Count == 0)
        {
            return "";
        }

        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToList();
        var text = new StringBuilder("Coverage\n");
        foreach (var line in rows.Prepend(Headers))
        {
            text.AppendLine(string.Join("  ", line.Select((cell, i) => i < 2 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }

        text.AppendLine(Legend(coverage));
        return text.ToString();
    }

    public static string Legend(SiteCoverage coverage)
    {
        var gate = coverage.GateEnabled ? $"minimum {coverage.Minimum}% per API and version" : "no minimum (checks.coverage.minimum)";
        var pages = coverage.HasPages ? "; details on " + string.Join(", ", coverage.Versions.Select(v => coverage.PageUrl(v.Version))) : "";
        return string.Create(CultureInfo.InvariantCulture, $"* required; covered = meets every required criterion; {gate}{pages}");
    }
}
