using System.Globalization;
using System.Text;

namespace DocsGen.Checks.Reports;

/// <summary>Plain text for people: findings grouped by file, then the summary table.</summary>
internal static class HumanReport
{
    public static string Write(CheckReport report)
    {
        var text = new StringBuilder();
        text.Append(Findings(report));
        text.Append(Table(report));
        if (report.Coverage is { Versions.Count: > 0 } coverage)
        {
            text.AppendLine();
            text.Append(Coverage.CoverageSummary.Text(coverage));
        }

        text.AppendLine(Verdict(report));
        return text.ToString();
    }

    public static string Findings(CheckReport report)
    {
        var text = new StringBuilder();
        foreach (var group in report.Diagnostics.GroupBy(d => d.Location?.File ?? "(site)"))
        {
            text.AppendLine(group.Key);
            foreach (var d in group)
            {
                var at = d.Location is { Line: > 0 } l ? (l.Column > 0 ? $"{l.Line}:{l.Column}" : $"{l.Line}") : "";
                text.Append(CultureInfo.InvariantCulture, $"  {at,-8} {d.Severity.ToString().ToLowerInvariant(),-7} {d.Code}  {d.Message}\n");
                if (d.Hint is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {"",-8} {"",-7} {"",-6}  fix: {d.Hint}\n");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static string Table(CheckReport report)
    {
        var rows = CheckSummary.Rows(report);
        var width = Math.Max(5, rows.Max(r => r.Checked.Length));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"Check",-15} {"Checked".PadRight(width)} {"Errors",6} {"Warnings",8} {"Time",9}\n");
        foreach (var row in rows)
        {
            var time = row.Time is { } t ? $"{t.TotalSeconds:0.00} s" : "";
            text.Append(CultureInfo.InvariantCulture, $"{row.Check,-15} {row.Checked.PadRight(width)} {row.Errors,6} {row.Warnings,8} {time,9}\n");
        }

        return text.ToString();
    }

    public static string Verdict(CheckReport report) => report switch
    {
        { ConfigFailed: true } => "Check failed: the configuration cannot be used.",
        { BuildFailed: true } => $"Check failed: the build has {report.Errors} errors, so the site was not checked further.",
        { Errors: > 0 } => $"Check failed: {report.Errors} errors, {report.Warnings} warnings.",
        _ => $"Check passed: 0 errors, {report.Warnings} warnings.",
    };
}
