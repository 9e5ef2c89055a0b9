using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Keywords compared as a whole rather than walked: const, deprecated, the discriminator, and the
/// JSON Schema 2020-12 applicators kept as raw JSON, whose effect on the accepted values the differ
/// does not try to judge beyond "added" (more constraints), "removed" (fewer) or "changed": prefixItems
/// (an unrecognized keyword to the OpenAPI model), if/then/else and contains (dropped by the reader and
/// read from the spec's text, see <see cref="DocsGen.OpenApi.Loading.LostSchemaKeywords"/>).
/// </summary>
internal static class SchemaKeywordRules
{
    private static readonly (string Kind, string Label, string[] Keywords)[] RawApplicators =
    [
        ("prefix-items-changed", "prefixItems", ["prefixItems"]),
    ];

    private static readonly (string Kind, string Label, string[] Keywords)[] LostApplicators =
    [
        ("conditional", "if/then/else", ["if", "then", "else"]),
        ("contains", "contains", ["contains", "minContains", "maxContains"]),
    ];

    public static void Compare(FlatSchema oldFlat, FlatSchema newFlat, List<SchemaChange> changes)
    {
        // const: x against enum: [x, ...] is compared as enum values (see SchemaConstraintRules).
        if (!SchemaConstraintRules.ConstActsAsEnum(oldFlat, newFlat) && !SchemaConstraintRules.ConstActsAsEnum(newFlat, oldFlat))
            Const(oldFlat.Const, newFlat.Const, changes);
        if (oldFlat.Deprecated != newFlat.Deprecated)
        {
            changes.Add(newFlat.Deprecated
                ? new("deprecated", "", "deprecated")
                : new("undeprecated", "", "no longer deprecated"));
        }
        Discriminator(oldFlat.Discriminator, newFlat.Discriminator, changes);
        foreach (var (kind, label, keywords) in RawApplicators)
        {
            var (from, to) = (Raw(oldFlat, keywords), Raw(newFlat, keywords));
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                var message = from is null ? $"{label} added" : to is null ? $"{label} removed" : $"{label} changed";
                changes.Add(new(kind, "", message, from, to));
            }
        }
        foreach (var (kind, label, keywords) in LostApplicators)
        {
            var (from, to) = (Lost(oldFlat, keywords), Lost(newFlat, keywords));
            if (string.Equals(from, to, StringComparison.Ordinal)) continue;
            changes.Add(from is null ? new($"{kind}-added", "", $"{label} added", null, to)
                : to is null ? new($"{kind}-removed", "", $"{label} removed", from, null)
                : new($"{kind}-changed", "", $"{label} changed", from, to));
        }
    }

    private static string? Lost(FlatSchema flat, string[] keywords)
    {
        if (flat.Applicators is not { Count: > 0 } present) return null;
        var parts = keywords.Where(present.ContainsKey).Select(k => $"{k}: {present[k]}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static void Const(string? oldValue, string? newValue, List<SchemaChange> changes)
    {
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal)) return;
        if (oldValue is null)
            changes.Add(new("constraint-tightened", "", $"const {newValue} added", null, newValue));
        else if (newValue is null)
            changes.Add(new("constraint-loosened", "", $"const {oldValue} removed", oldValue, null));
        else
            changes.Add(new("const-changed", "", $"const changed from {oldValue} to {newValue}", oldValue, newValue));
    }

    private static void Discriminator(OpenApiDiscriminator? oldValue, OpenApiDiscriminator? newValue, List<SchemaChange> changes)
    {
        var (oldName, newName) = (oldValue?.PropertyName, newValue?.PropertyName);
        if (!string.Equals(oldName, newName, StringComparison.Ordinal))
        {
            var message = oldName is null ? $"discriminator {newName} added"
                : newName is null ? $"discriminator {oldName} removed"
                : $"discriminator changed from {oldName} to {newName}";
            changes.Add(new("discriminator-changed", "", message, oldName, newName));
            return;
        }

        var oldMapping = Mapping(oldValue);
        var newMapping = Mapping(newValue);
        foreach (var key in oldMapping.Keys.Union(newMapping.Keys).Order(StringComparer.Ordinal))
        {
            var inOld = oldMapping.TryGetValue(key, out var oldTarget);
            var inNew = newMapping.TryGetValue(key, out var newTarget);
            if (!inOld)
                changes.Add(new("discriminator-mapping-added", "", $"discriminator value {key} added (maps to {newTarget})", null, key));
            else if (!inNew)
                changes.Add(new("discriminator-mapping-removed", "", $"discriminator value {key} removed", key, null));
            else if (!string.Equals(oldTarget, newTarget, StringComparison.Ordinal))
                changes.Add(new("discriminator-mapping-changed", "", $"discriminator value {key} now maps to {newTarget} instead of {oldTarget}", oldTarget, newTarget));
        }
    }

    private static SortedDictionary<string, string> Mapping(OpenApiDiscriminator? discriminator)
    {
        var mapping = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, target) in discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            mapping[value] = target.Reference?.Id ?? target.Reference?.ReferenceV3 ?? "";
        return mapping;
    }

    private static string? Raw(FlatSchema flat, string[] keywords)
    {
        if (flat.Keywords is not { Count: > 0 } present) return null;
        var parts = keywords.Where(present.ContainsKey).Select(k => $"{k}: {present[k]?.ToJsonString()}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
