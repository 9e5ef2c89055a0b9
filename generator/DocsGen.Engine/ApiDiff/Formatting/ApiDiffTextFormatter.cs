using System.Text;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>A CI log: a summary line, then changes grouped by operation, worst operations first.</summary>
public static class ApiDiffTextFormatter
{
    public static string Format(ApiDiffReport report)
    {
        var text = new StringBuilder();
        text.Append(Summary(report)).Append('\n');
        foreach (var group in ReportGroups.ByOperation(report))
        {
            text.Append('\n').Append(group.Key ?? "API").Append(group.OperationId is null ? "" : $" ({group.OperationId})").Append('\n');
            foreach (var change in group.Changes)
            {
                text.Append($"  {change.Level.Name(),-20} {change.RuleId}\n");
                text.Append($"  {"",-20} at {change.Location}: {change.Message}\n");
            }
        }
        return text.ToString();
    }

    public static string Summary(ApiDiffReport report) =>
        report.IsEmpty ? "No changes."
        : string.Join(", ", ChangeLevels.WorstFirst.Select(level => $"{report.Counts[level]} {level.Name()}"));
}
