namespace DocsGen.ApiDiff;

/// <summary>
/// Breaking first, then document-level changes before operations and operations before shared
/// schemas, operations by path then method, schemas by name, then location: the same input always
/// prints the same report.
/// </summary>
internal sealed class ApiChangeOrder : IComparer<ApiChange>
{
    public static ApiChangeOrder Instance { get; } = new();

    public int Compare(ApiChange? x, ApiChange? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        var order = y.Level.CompareTo(x.Level);
        if (order == 0) order = Scope(x).CompareTo(Scope(y));
        if (order == 0) order = CompareOperations(x.OperationKey, y.OperationKey);
        if (order == 0) order = string.CompareOrdinal(x.Schema, y.Schema);
        if (order == 0) order = string.CompareOrdinal(x.Location, y.Location);
        if (order == 0) order = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (order == 0) order = string.CompareOrdinal(x.Message, y.Message);
        if (order == 0) order = string.CompareOrdinal(x.OldValue, y.OldValue);
        if (order == 0) order = string.CompareOrdinal(x.NewValue, y.NewValue);
        return order;
    }

    /// <summary>Operation keys by path, then method.</summary>
    internal static IComparer<string> OperationKeys { get; } = Comparer<string>.Create((x, y) => CompareOperations(x, y));

    private static int Scope(ApiChange change) => change.IsSchemaChange ? 2 : change.OperationKey is null ? 0 : 1;

    internal static int CompareOperations(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var (xMethod, xTarget) = Split(x);
        var (yMethod, yTarget) = Split(y);
        var order = string.CompareOrdinal(xTarget, yTarget);
        return order != 0 ? order : string.CompareOrdinal(xMethod, yMethod);
    }

    private static (string Method, string Target) Split(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? ("", key) : (key[..space], key[(space + 1)..]);
    }
}
