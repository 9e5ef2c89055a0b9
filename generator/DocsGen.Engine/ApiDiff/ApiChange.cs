namespace DocsGen.ApiDiff;

/// <summary>One classified difference between two API descriptions.</summary>
/// <param name="OperationKey">Method and path template, e.g. <c>POST /payments</c>; null for document-level changes.</param>
/// <param name="Location">Human path to the change, e.g. <c>request body application/json &gt; items[] &gt; amount</c>.</param>
public sealed record ApiChange(
    string RuleId,
    ChangeLevel Level,
    string? OperationKey,
    string? OperationId,
    string? Tag,
    string Location,
    string Message,
    string? OldValue = null,
    string? NewValue = null);
