namespace DocsGen.ApiDiff;

/// <summary>
/// A change found inside a schema, with a path relative to the schema compared. Relative paths let
/// the comparison of a shared component be done once and reported under every place that uses it.
/// </summary>
/// <param name="Kind">Rule id without its side prefix, e.g. <c>enum-value-removed</c>.</param>
/// <param name="Path">Relative human path, e.g. <c>items[] &gt; amount</c>; empty for the schema itself.</param>
internal sealed record SchemaChange(string Kind, string Path, string Message, string? OldValue = null, string? NewValue = null)
{
    /// <summary>The same change seen from the parent schema, one segment up.</summary>
    public SchemaChange Under(string segment) => this with { Path = Join(segment, Path) };

    /// <summary>Array items print as <c>name[]</c>, everything else as <c>a &gt; b</c>.</summary>
    internal static string Join(string segment, string path) =>
        path.Length == 0 ? segment
        : path.StartsWith("[]", StringComparison.Ordinal) ? segment + path
        : $"{segment} > {path}";
}
