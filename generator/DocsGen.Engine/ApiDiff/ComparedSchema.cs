namespace DocsGen.ApiDiff;

/// <summary>
/// One node of the schema graph: a pair of <c>$ref</c> targets (old and new component) compared once
/// on one side. Its <see cref="Changes"/> are only those inside its own inline structure; a nested
/// reference is an edge to another node in <see cref="Uses"/>. Reporting a change once per node and
/// finding the operations that reach it keeps a diff linear in the size of the specs, where
/// expanding every use repeated a shared schema's changes at every path, response and status code.
/// </summary>
internal sealed class ComparedSchema(string oldId, string newId, ApiSide side)
{
    public string OldId { get; } = oldId;

    public string NewId { get; } = newId;

    public ApiSide Side { get; } = side;

    /// <summary>Changes found in this schema's own structure, with paths relative to it.</summary>
    public List<SchemaChange> Changes { get; } = [];

    /// <summary>The nodes this schema's structure refers to, directly.</summary>
    public HashSet<ComparedSchema> Uses { get; } = [];

    /// <summary>The name reports show: the component, or <c>Old → New</c> when the reference moved.</summary>
    public string Name => string.Equals(OldId, NewId, StringComparison.Ordinal) ? NewId : $"{OldId} → {NewId}";
}
