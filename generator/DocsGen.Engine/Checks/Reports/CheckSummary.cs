using DocsGen.Diagnostics;

namespace DocsGen.Checks.Reports;

/// <summary>One row per check for the summary table: what it looked at and what it found.</summary>
public sealed record CheckSummaryRow(string Check, string Checked, int Errors, int Warnings, TimeSpan? Time);

public static class CheckSummary
{
    public static IReadOnlyList<CheckSummaryRow> Rows(CheckReport report)
    {
        var rows = new List<CheckSummaryRow>
        {
            Row(report, "Build", $"{report.Pages} pages", d => !IsLinkCheck(d) && !IsExternal(d) && !IsCoverage(d) && !IsSample(d) && !IsCommand(d), report.BuildTime),
        };
        if (!report.BuildFailed && !report.ConfigFailed)
        {
            rows.Add(Row(report, "Internal links", $"{report.LinksChecked} links in {report.FilesScanned} files", IsLinkCheck, report.LinkCheckTime));
        }

        if (report.SamplesChecked > 0 || report.SpecExamplesChecked > 0)
        {
            var run = report.SamplesRun > 0 || report.SamplesRunSkipped > 0 ? $", {report.SamplesRun} run ({report.SamplesRunSkipped} not runnable)" : "";
            rows.Add(Row(report, "Samples", $"{report.SamplesChecked} samples, {report.SpecExamplesChecked} spec examples{run}", IsSample, report.SampleTime));
        }

        if (report.CommandTime is { } commandTime)
        {
            rows.Add(Row(report, "Commands", $"{report.CommandsRun} blocks run on {report.CommandPages} pages", IsCommand, commandTime));
        }

        if (report.ExternalChecked > 0 || report.ExternalSkipped > 0)
        {
            rows.Add(Row(report, "External links", $"{report.ExternalChecked} URLs ({report.ExternalFetched} fetched, {report.ExternalSkipped} skipped)", IsExternal, report.ExternalTime));
        }

        if (report.Coverage is { Versions.Count: > 0 } coverage)
        {
            var operations = coverage.Versions.Sum(v => v.Totals.Operations);
            var covered = coverage.Versions.Sum(v => v.Totals.Covered);
            rows.Add(Row(report, "Coverage", $"{covered} of {operations} operations covered", IsCoverage, null));
        }

        return rows;
    }

    private static CheckSummaryRow Row(CheckReport report, string name, string what, Func<Diagnostic, bool> belongs, TimeSpan? time)
    {
        var mine = report.Diagnostics.Where(belongs).ToList();
        return new CheckSummaryRow(name, what, mine.Count(d => d.Severity == Severity.Error), mine.Count(d => d.Severity == Severity.Warning), time);
    }

    private static bool IsLinkCheck(Diagnostic d) => d.Code is DiagnosticCodes.OutputLinkTargetMissing or DiagnosticCodes.OutputLinkAnchorMissing or DiagnosticCodes.OutputLinkOutsideSite;

    private static bool IsCoverage(Diagnostic d) => d.Code == DiagnosticCodes.CoverageBelowMinimum;

    private static bool IsSample(Diagnostic d) => d.Code.StartsWith("DG50", StringComparison.Ordinal) && !IsCommand(d);

    private static bool IsCommand(Diagnostic d) => d.Code.StartsWith("DG504", StringComparison.Ordinal);

    private static bool IsExternal(Diagnostic d) => string.CompareOrdinal(d.Code, DiagnosticCodes.ExternalLinkBroken) >= 0 && string.CompareOrdinal(d.Code, "DG4099") <= 0;
}
