namespace DocsGen.ApiDiff.Formatting;

internal sealed record OperationGroup(string? Key, string? OperationId, IReadOnlyList<ApiChange> Changes);

internal static class ReportGroups
{
    /// <summary>
    /// Changes grouped by operation; the report order is kept inside a group, and groups follow the
    /// order of their first (worst) change, so the most breaking operation comes first.
    /// </summary>
    public static IEnumerable<OperationGroup> ByOperation(ApiDiffReport report) =>
        report.Changes
            .GroupBy(c => c.OperationKey)
            .Select(g => new OperationGroup(g.Key, g.Select(c => c.OperationId).FirstOrDefault(id => id is not null), [.. g]));
}
