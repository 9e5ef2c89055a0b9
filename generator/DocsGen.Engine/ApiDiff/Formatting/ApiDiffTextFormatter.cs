using System.Text;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>
/// A CI log: a summary line, then changes grouped by tag and operation (worst first), the whole
/// API's changes, and each changed shared schema once with the operations it affects.
/// </summary>
public static class ApiDiffTextFormatter
{
    public static string Format(ApiDiffReport report)
    {
        var text = new StringBuilder();
        text.Append(Summary(report)).Append('\n');
        foreach (var tag in ReportGroups.ByTag(report))
        {
            text.Append("\n== ").Append(tag.Name).Append(" ==\n");
            foreach (var group in tag.Operations)
            {
                text.Append('\n').Append(group.Key).Append(group.OperationId is null ? "" : $" ({group.OperationId})").Append('\n');
                foreach (var change in group.Changes)
                    Change(text, change);
            }
        }

        var general = ReportGroups.General(report);
        if (general.Count > 0)
        {
            text.Append("\n== Whole API ==\n\n");
            foreach (var change in general)
                Change(text, change);
        }

        var schemas = ReportGroups.BySchema(report).ToList();
        if (schemas.Count > 0)
        {
            text.Append("\n== Shared schemas ==\n");
            foreach (var schema in schemas)
            {
                text.Append('\n').Append(schema.Name).Append($" (affects {Operations(schema.AffectedOperations.Count)})\n");
                foreach (var change in schema.Changes)
                {
                    Change(text, change);
                    if (change.AffectedOperations.Count != schema.AffectedOperations.Count)
                        text.Append($"  {"",-20} affects {Operations(change.AffectedOperations.Count)}: {string.Join(", ", change.AffectedOperations)}\n");
                }
                text.Append("  operations: ").Append(string.Join(", ", schema.AffectedOperations)).Append('\n');
            }
        }
        return text.ToString();
    }

    private static void Change(StringBuilder text, ApiChange change)
    {
        text.Append($"  {change.Level.Name(),-20} {change.RuleId}\n");
        text.Append($"  {"",-20} at {change.Location}: {change.Message}\n");
    }

    internal static string Operations(int count) => count == 1 ? "1 operation" : $"{count} operations";

    public static string Summary(ApiDiffReport report) =>
        report.IsEmpty ? "No changes."
        : string.Join(", ", ChangeLevels.WorstFirst.Select(level => $"{report.Counts[level]} {level.Name()}"));
}
