namespace DocsGen.ApiDiff;

/// <summary>One classified difference between two API descriptions.</summary>
/// <param name="OperationKey">Method and path template, e.g. <c>POST /payments</c>; null for document-level and schema changes.</param>
/// <param name="Location">Human path to the change, e.g. <c>request body application/json &gt; items[] &gt; amount</c>;
/// for a schema change, the path from the schema's name, e.g. <c>Pet &gt; owner</c>.</param>
/// <param name="Schema">The shared schema (a <c>$ref</c> target) the change is in; null for changes of one operation.</param>
/// <param name="AffectedOperations">For a schema change, the keys of every operation that reaches the schema,
/// sorted; for other changes, empty.</param>
/// <param name="Sides">For a schema change, where it is used: <c>request</c>, <c>response</c> or both.</param>
public sealed record ApiChange(
    string RuleId,
    ChangeLevel Level,
    string? OperationKey,
    string? OperationId,
    string? Tag,
    string Location,
    string Message,
    string? OldValue = null,
    string? NewValue = null,
    string? Schema = null,
    IReadOnlyList<string>? AffectedOperations = null,
    IReadOnlyList<string>? Sides = null)
{
    public IReadOnlyList<string> AffectedOperations { get; init; } = AffectedOperations ?? [];

    public IReadOnlyList<string> Sides { get; init; } = Sides ?? [];

    /// <summary>A change of one shared schema, reported once for all the operations that use it.</summary>
    public bool IsSchemaChange => Schema is not null;
}
