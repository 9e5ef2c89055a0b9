namespace DocsGen.Checks.Reports;

/// <summary>Writes a check report in one of the formats CI systems read.</summary>
public static class ReportWriter
{
    /// <param name="pathPrefix">Prepended to source file paths (the site root relative to the repository), e.g. "content/".</param>
    public static string Write(CheckReport report, ReportFormat format, string pathPrefix = "") => format switch
    {
        ReportFormat.Json => JsonReport.Write(report, pathPrefix),
        ReportFormat.JUnit => JUnitReport.Write(report, pathPrefix),
        ReportFormat.Sarif => SarifReport.Write(report, pathPrefix),
        ReportFormat.GitHub => GitHubReport.Write(report, pathPrefix),
        _ => HumanReport.Write(report),
    };

    /// <summary>The human report's findings, grouped by file, without the summary.</summary>
    public static string HumanFindings(CheckReport report) => HumanReport.Findings(report);

    /// <summary>One line: passed or failed, with counts.</summary>
    public static string Verdict(CheckReport report) => HumanReport.Verdict(report);

    /// <summary>Source files get the prefix; page addresses ("/v2/guides/") stay as they are.</summary>
    internal static string FilePath(string file, string pathPrefix) =>
        file.StartsWith('/') || pathPrefix.Length == 0 ? file : pathPrefix.TrimEnd('/') + "/" + file;
}
