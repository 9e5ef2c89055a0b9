using System.Globalization;

namespace DocsGen.ApiDiff;

/// <summary>
/// Validation keywords as one question: does the new schema accept fewer values (tightened) or
/// more (loosened)? Enum values and patterns, which can also just move, have their own kinds.
/// </summary>
internal static class SchemaConstraintRules
{
    public static void Compare(FlatSchema oldFlat, FlatSchema newFlat, List<SchemaChange> changes)
    {
        UpperBound("maximum", Number(oldFlat.Maximum), Number(newFlat.Maximum), changes);
        LowerBound("minimum", Number(oldFlat.Minimum), Number(newFlat.Minimum), changes);
        UpperBound("exclusiveMaximum", Number(oldFlat.ExclusiveMaximum), Number(newFlat.ExclusiveMaximum), changes);
        LowerBound("exclusiveMinimum", Number(oldFlat.ExclusiveMinimum), Number(newFlat.ExclusiveMinimum), changes);
        UpperBound("maxLength", oldFlat.MaxLength, newFlat.MaxLength, changes);
        LowerBound("minLength", oldFlat.MinLength, newFlat.MinLength, changes);
        UpperBound("maxItems", oldFlat.MaxItems, newFlat.MaxItems, changes);
        LowerBound("minItems", oldFlat.MinItems, newFlat.MinItems, changes);
        UpperBound("maxProperties", oldFlat.MaxProperties, newFlat.MaxProperties, changes);
        LowerBound("minProperties", oldFlat.MinProperties, newFlat.MinProperties, changes);
        MultipleOf(oldFlat.MultipleOf, newFlat.MultipleOf, changes);
        UniqueItems(oldFlat.UniqueItems ?? false, newFlat.UniqueItems ?? false, changes);
        Pattern(oldFlat.Pattern, newFlat.Pattern, changes);
        EnumValues(oldFlat, newFlat, changes);
    }

    private static void UpperBound(string keyword, decimal? oldValue, decimal? newValue, List<SchemaChange> changes)
    {
        if (oldValue == newValue) return;
        Bound(keyword, oldValue, newValue, tightened: oldValue is null || (newValue is not null && newValue < oldValue), changes);
    }

    private static void LowerBound(string keyword, decimal? oldValue, decimal? newValue, List<SchemaChange> changes)
    {
        if (oldValue == newValue) return;
        Bound(keyword, oldValue, newValue, tightened: oldValue is null || (newValue is not null && newValue > oldValue), changes);
    }

    private static void MultipleOf(decimal? oldValue, decimal? newValue, List<SchemaChange> changes)
    {
        if (oldValue == newValue) return;
        // Multiples of 4 are all multiples of 2: a new divisor that the old one divides accepts less.
        var tightened = oldValue is null
            || (newValue is not null && (newValue % oldValue == 0 || oldValue % newValue != 0));
        Bound("multipleOf", oldValue, newValue, tightened, changes);
    }

    private static void UniqueItems(bool oldValue, bool newValue, List<SchemaChange> changes)
    {
        if (oldValue == newValue) return;
        var (from, to) = (Text(oldValue), Text(newValue));
        changes.Add(new(newValue ? "constraint-tightened" : "constraint-loosened", "",
            $"uniqueItems changed from {from} to {to}", from, to));
    }

    private static void Pattern(string? oldValue, string? newValue, List<SchemaChange> changes)
    {
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal)) return;
        if (oldValue is null)
            changes.Add(new("constraint-tightened", "", $"pattern {newValue} added", null, newValue));
        else if (newValue is null)
            changes.Add(new("constraint-loosened", "", $"pattern {oldValue} removed", oldValue, null));
        else
            changes.Add(new("pattern-changed", "", $"pattern changed from {oldValue} to {newValue}", oldValue, newValue));
    }

    private static void EnumValues(FlatSchema oldFlat, FlatSchema newFlat, List<SchemaChange> changes)
    {
        var oldValues = Values(oldFlat);
        var newValues = Values(newFlat);
        if (oldValues.Count == 0 && newValues.Count == 0) return;
        if (oldValues.Count == 0)
        {
            var list = string.Join(", ", newValues.Keys);
            changes.Add(new("constraint-tightened", "", $"enum [{list}] added", null, list));
            return;
        }
        if (newValues.Count == 0)
        {
            var list = string.Join(", ", oldValues.Keys);
            changes.Add(new("constraint-loosened", "", $"enum [{list}] removed", list, null));
            return;
        }
        foreach (var value in newValues.Keys.Except(oldValues.Keys))
            changes.Add(new("enum-value-added", "", $"enum value {value} added", NewValue: value));
        foreach (var value in oldValues.Keys.Except(newValues.Keys))
            changes.Add(new("enum-value-removed", "", $"enum value {value} removed", OldValue: value));
    }

    // Keyed by display text in a sorted map, so reports list values in a stable order.
    private static SortedDictionary<string, bool> Values(FlatSchema flat)
    {
        var values = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var node in flat.Enum ?? []) values[ValueText.Of(node)] = true;
        return values;
    }

    private static void Bound(string keyword, decimal? oldValue, decimal? newValue, bool tightened, List<SchemaChange> changes)
    {
        var (from, to) = (Text(oldValue), Text(newValue));
        var message = oldValue is null ? $"{keyword} {to} added"
            : newValue is null ? $"{keyword} {from} removed"
            : $"{keyword} changed from {from} to {to}";
        changes.Add(new(tightened ? "constraint-tightened" : "constraint-loosened", "", message, from, to));
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
