namespace DocsGen.Checks.Reports;

public enum ReportFormat
{
    Human,
    Json,
    JUnit,
    Sarif,
    GitHub,
}
