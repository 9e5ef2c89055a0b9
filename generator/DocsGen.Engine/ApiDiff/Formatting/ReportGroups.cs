namespace DocsGen.ApiDiff.Formatting;

internal sealed record OperationGroup(string? Key, string? OperationId, IReadOnlyList<ApiChange> Changes);

internal sealed record TagGroup(string Name, IReadOnlyList<OperationGroup> Operations);

/// <summary>The changes of one shared schema, and the operations any of them affects.</summary>
internal sealed record SchemaGroup(string Name, IReadOnlyList<ApiChange> Changes, IReadOnlyList<string> AffectedOperations);

internal static class ReportGroups
{
    public const string Untagged = "Other operations";

    /// <summary>
    /// Changes of one operation grouped by operation; the report order is kept inside a group, and
    /// groups follow the order of their first (worst) change, so the most breaking operation comes first.
    /// </summary>
    public static IEnumerable<OperationGroup> ByOperation(ApiDiffReport report) =>
        report.Changes
            .Where(c => c.OperationKey is not null)
            .GroupBy(c => c.OperationKey)
            .Select(g => new OperationGroup(g.Key, g.Select(c => c.OperationId).FirstOrDefault(id => id is not null), [.. g]));

    /// <summary>Operation groups under their first tag, tags in the order of their worst operation.</summary>
    public static IEnumerable<TagGroup> ByTag(ApiDiffReport report) =>
        ByOperation(report)
            .GroupBy(g => g.Changes[0].Tag ?? Untagged)
            .Select(g => new TagGroup(g.Key, [.. g]));

    /// <summary>Document-level changes: servers, security schemes.</summary>
    public static IReadOnlyList<ApiChange> General(ApiDiffReport report) =>
        [.. report.Changes.Where(c => c.OperationKey is null && !c.IsSchemaChange)];

    /// <summary>Shared-schema changes by schema, schemas in the order of their worst change.</summary>
    public static IEnumerable<SchemaGroup> BySchema(ApiDiffReport report) =>
        report.Changes
            .Where(c => c.IsSchemaChange)
            .GroupBy(c => c.Schema!)
            .Select(g =>
            {
                var changes = g.ToList();
                var lists = changes.Select(c => c.AffectedOperations).Distinct().ToList();
                IReadOnlyList<string> affected = lists.Count == 1 ? lists[0]
                    : [.. lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).Order(ApiChangeOrder.OperationKeys)];
                return new SchemaGroup(g.Key, changes, affected);
            });
}
