namespace DocsGen.ApiDiff;

/// <summary>The operation a change belongs to, as printed in reports.</summary>
internal sealed record OperationContext(string Key, string? OperationId, string? Tag);
