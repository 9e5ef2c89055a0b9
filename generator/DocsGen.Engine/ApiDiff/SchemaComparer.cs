using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Compares two schemas recursively (properties, items, additional properties, oneOf/anyOf, with
/// allOf merged) and names each difference with a side-neutral kind. The walk stops at a pair of
/// <c>$ref</c>s: the pair becomes a <see cref="ComparedSchema"/> node, compared once per side, and the
/// caller gets an edge to it in its <c>uses</c> set instead of the node's changes. A pair met again
/// (another use, or a cycle) is the same node, so nothing is walked twice.
/// </summary>
internal sealed class SchemaComparer(SchemaTargets targets)
{
    private readonly Dictionary<(string Old, string New, ApiSide Side), ComparedSchema> compared = [];

    /// <summary>Every node compared so far, in the order they were met.</summary>
    public IEnumerable<ComparedSchema> Nodes => compared.Values;

    /// <summary>
    /// The changes in the inline structure of the pair; every referenced pair reached without crossing
    /// another reference is added to <paramref name="uses"/>.
    /// </summary>
    public IReadOnlyList<SchemaChange> Compare(IOpenApiSchema? oldSchema, IOpenApiSchema? newSchema, ApiSide side, ISet<ComparedSchema> uses)
    {
        if (oldSchema is null || newSchema is null || ReferenceEquals(oldSchema, newSchema)) return [];
        if (NullableWrappers.Unwrap(oldSchema, newSchema, targets) is { } unwrapped)
        {
            var changes = new List<SchemaChange>();
            if (unwrapped.OldNullable != unwrapped.NewNullable)
            {
                changes.Add(unwrapped.NewNullable
                    ? new("nullable-added", "", "now accepts null", "false", "true")
                    : new("nullable-removed", "", "no longer accepts null", "true", "false"));
            }
            changes.AddRange(Compare(unwrapped.Old, unwrapped.New, side, uses));
            return changes;
        }
        if (ReferenceId(oldSchema) is not { } oldId || ReferenceId(newSchema) is not { } newId)
            return CompareStructure(oldSchema, newSchema, side, uses);

        var key = (oldId, newId, side);
        if (!compared.TryGetValue(key, out var node))
        {
            // Registered before the walk: a cycle back to this pair finds the node and stops.
            node = new ComparedSchema(oldId, newId, side);
            compared[key] = node;
            node.Changes.AddRange(CompareStructure(oldSchema, newSchema, side, node.Uses));
        }
        uses.Add(node);
        return [];
    }

    internal static string? ReferenceId(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;

    private List<SchemaChange> CompareStructure(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, ApiSide side, ISet<ComparedSchema> uses)
    {
        var oldFlat = FlatSchema.Of(oldSchema, targets);
        var newFlat = FlatSchema.Of(newSchema, targets);
        var changes = new List<SchemaChange>();

        SchemaTypeRules.Compare(oldFlat.Type, newFlat.Type, changes);
        if (!string.Equals(oldFlat.Format, newFlat.Format, StringComparison.Ordinal))
        {
            changes.Add(new("format-changed", "",
                $"format changed from {oldFlat.Format ?? "none"} to {newFlat.Format ?? "none"}", oldFlat.Format, newFlat.Format));
        }
        SchemaConstraintRules.Compare(oldFlat, newFlat, changes);
        SchemaKeywordRules.Compare(oldFlat, newFlat, changes);
        CompareAccess(oldFlat, newFlat, side, changes);
        if (side == ApiSide.Request && ValueText.Of(oldFlat.Default) != ValueText.Of(newFlat.Default))
        {
            var (from, to) = (ValueText.Of(oldFlat.Default), ValueText.Of(newFlat.Default));
            changes.Add(new("default-changed", "", $"default changed from {from} to {to}", from, to));
        }

        CompareProperties(oldFlat, newFlat, side, changes, uses);
        CompareAdditionalProperties(oldFlat, newFlat, side, changes, uses);
        if (oldFlat.Items is not null && newFlat.Items is not null)
            changes.AddRange(Compare(oldFlat.Items, newFlat.Items, side, uses).Select(c => c.Under("[]")));
        CompareVariants("oneOf", oldFlat.OneOf, newFlat.OneOf, side, changes, uses);
        CompareVariants("anyOf", oldFlat.AnyOf, newFlat.AnyOf, side, changes, uses);
        return changes;
    }

    // readOnly only matters to what clients send, writeOnly only to what they receive.
    private static void CompareAccess(FlatSchema oldFlat, FlatSchema newFlat, ApiSide side, List<SchemaChange> changes)
    {
        if (side == ApiSide.Request && oldFlat.ReadOnly != newFlat.ReadOnly)
        {
            changes.Add(newFlat.ReadOnly
                ? new("read-only-added", "", "became read-only")
                : new("read-only-removed", "", "is no longer read-only"));
        }
        if (side == ApiSide.Response && oldFlat.WriteOnly != newFlat.WriteOnly)
        {
            changes.Add(newFlat.WriteOnly
                ? new("write-only-added", "", "became write-only")
                : new("write-only-removed", "", "is no longer write-only"));
        }
    }

    private void CompareProperties(FlatSchema oldFlat, FlatSchema newFlat, ApiSide side, List<SchemaChange> changes, ISet<ComparedSchema> uses)
    {
        var oldRequired = EffectiveRequired(oldFlat, side);
        var newRequired = EffectiveRequired(newFlat, side);
        var names = oldFlat.Properties.Keys.Union(newFlat.Properties.Keys).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var inOld = oldFlat.Properties.TryGetValue(name, out var oldProperty);
            var inNew = newFlat.Properties.TryGetValue(name, out var newProperty);
            if (!inOld)
            {
                changes.Add(newRequired.Contains(name)
                    ? new("required-added", name, $"property '{name}' added as required", NewValue: name)
                    : new("added", name, $"property '{name}' added", NewValue: name));
                continue;
            }
            if (!inNew)
            {
                changes.Add(new("removed", name, $"property '{name}' removed", OldValue: name));
                continue;
            }
            changes.AddRange(Compare(oldProperty, newProperty, side, uses).Select(c => c.Under(name)));
            if (oldRequired.Contains(name) && !newRequired.Contains(name))
                changes.Add(new("required-removed", name, $"property '{name}' is no longer required", OldValue: name));
            else if (!oldRequired.Contains(name) && newRequired.Contains(name))
                changes.Add(new("required-added", name, $"property '{name}' became required", NewValue: name));
        }
    }

    // A required readOnly property is never sent, a required writeOnly one never returned.
    private HashSet<string> EffectiveRequired(FlatSchema flat, ApiSide side) =>
        flat.Required
            .Where(name => !flat.Properties.TryGetValue(name, out var property)
                || (side == ApiSide.Request ? !targets.Resolve(property).ReadOnly : !targets.Resolve(property).WriteOnly))
            .ToHashSet(StringComparer.Ordinal);

    private void CompareAdditionalProperties(FlatSchema oldFlat, FlatSchema newFlat, ApiSide side, List<SchemaChange> changes, ISet<ComparedSchema> uses)
    {
        if (oldFlat.AdditionalPropertiesAllowed != newFlat.AdditionalPropertiesAllowed)
        {
            changes.Add(newFlat.AdditionalPropertiesAllowed
                ? new("additional-properties-allowed", "", "additional properties are now allowed", "false", "true")
                : new("additional-properties-disallowed", "", "additional properties are no longer allowed", "true", "false"));
        }
        if (oldFlat.AdditionalProperties is not null && newFlat.AdditionalProperties is not null)
        {
            changes.AddRange(Compare(oldFlat.AdditionalProperties, newFlat.AdditionalProperties, side, uses)
                .Select(c => c.Under("{additional}")));
        }
    }

    private void CompareVariants(string keyword, IList<IOpenApiSchema>? oldVariants, IList<IOpenApiSchema>? newVariants,
        ApiSide side, List<SchemaChange> changes, ISet<ComparedSchema> uses)
    {
        var oldByKey = VariantsByKey(oldVariants);
        var newByKey = VariantsByKey(newVariants);
        foreach (var key in oldByKey.Keys.Union(newByKey.Keys).Order(StringComparer.Ordinal))
        {
            var inOld = oldByKey.TryGetValue(key, out var oldVariant);
            var inNew = newByKey.TryGetValue(key, out var newVariant);
            if (!inOld)
                changes.Add(new("variant-added", "", $"{keyword} alternative {key} added", NewValue: key));
            else if (!inNew)
                changes.Add(new("variant-removed", "", $"{keyword} alternative {key} removed", OldValue: key));
            else
                changes.AddRange(Compare(oldVariant, newVariant, side, uses).Select(c => c.Under($"{keyword}[{key}]")));
        }
    }

    // Alternatives match by component name, then title; inline ones without a title by position.
    private static Dictionary<string, IOpenApiSchema> VariantsByKey(IList<IOpenApiSchema>? variants)
    {
        var byKey = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var inlineIndex = 0;
        for (var i = 0; i < (variants?.Count ?? 0); i++)
        {
            var variant = variants![i];
            var key = ReferenceId(variant)
                ?? (string.IsNullOrEmpty(variant.Title) ? (inlineIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture) : variant.Title);
            if (!byKey.TryAdd(key, variant)) byKey.TryAdd($"{key}#{i}", variant);
        }
        return byKey;
    }
}
