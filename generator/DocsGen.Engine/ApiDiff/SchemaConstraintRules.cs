using System.Globalization;
using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Validation keywords as one question: does the new schema accept fewer values (tightened) or
/// more (loosened)? Enum values and patterns, which can also just move, have their own kinds.
/// </summary>
internal static class SchemaConstraintRules
{
    public static void Compare(FlatSchema oldFlat, FlatSchema newFlat, List<SchemaChange> changes)
    {
        // A keyword only constrains values of its type: maxItems on a string, or maximum on an
        // array, changes nothing a client sends or receives.
        var types = (oldFlat.Type ?? 0) | (newFlat.Type ?? 0);
        var numbers = Applicable(types, JsonSchemaType.Number | JsonSchemaType.Integer, changes);
        var strings = Applicable(types, JsonSchemaType.String, changes);
        var arrays = Applicable(types, JsonSchemaType.Array, changes);
        var objects = Applicable(types, JsonSchemaType.Object, changes);

        UpperBound("maximum", Number(oldFlat.Maximum), Number(newFlat.Maximum), numbers);
        LowerBound("minimum", Number(oldFlat.Minimum), Number(newFlat.Minimum), numbers);
        UpperBound("exclusiveMaximum", Number(oldFlat.ExclusiveMaximum), Number(newFlat.ExclusiveMaximum), numbers);
        LowerBound("exclusiveMinimum", Number(oldFlat.ExclusiveMinimum), Number(newFlat.ExclusiveMinimum), numbers);
        MultipleOf(oldFlat.MultipleOf, newFlat.MultipleOf, numbers);
        UpperBound("maxLength", oldFlat.MaxLength, newFlat.MaxLength, strings);
        LowerBound("minLength", oldFlat.MinLength, newFlat.MinLength, strings);
        Pattern(oldFlat.Pattern, newFlat.Pattern, strings);
        UpperBound("maxItems", oldFlat.MaxItems, newFlat.MaxItems, arrays);
        LowerBound("minItems", oldFlat.MinItems, newFlat.MinItems, arrays);
        UniqueItems(oldFlat.UniqueItems ?? false, newFlat.UniqueItems ?? false, arrays);
        UpperBound("maxProperties", oldFlat.MaxProperties, newFlat.MaxProperties, objects);
        LowerBound("minProperties", oldFlat.MinProperties, newFlat.MinProperties, objects);
        EnumValues(oldFlat, newFlat, changes);
    }

    /// <summary>
    /// The list a keyword's changes go to: the report when the schema may hold values of the keyword's
    /// types (no type at all means any value), otherwise a list that turns each change into an
    /// informational <c>constraint-inapplicable</c> one.
    /// </summary>
    private static ChangeSink Applicable(JsonSchemaType types, JsonSchemaType keywordTypes, List<SchemaChange> changes) =>
        new(changes, (types & ~JsonSchemaType.Null) is 0 || (types & keywordTypes) != 0);

    private sealed class ChangeSink(List<SchemaChange> changes, bool applies)
    {
        public void Add(SchemaChange change) =>
            changes.Add(applies ? change : change with
            {
                Kind = "constraint-inapplicable",
                Message = $"{change.Message} (does not apply to this type)",
            });
    }

    private static void UpperBound(string keyword, decimal? oldValue, decimal? newValue, ChangeSink changes)
    {
        if (oldValue == newValue) return;
        Bound(keyword, oldValue, newValue, tightened: oldValue is null || (newValue is not null && newValue < oldValue), changes);
    }

    private static void LowerBound(string keyword, decimal? oldValue, decimal? newValue, ChangeSink changes)
    {
        if (oldValue == newValue) return;
        Bound(keyword, oldValue, newValue, tightened: oldValue is null || (newValue is not null && newValue > oldValue), changes);
    }

    private static void MultipleOf(decimal? oldValue, decimal? newValue, ChangeSink changes)
    {
        if (oldValue == newValue) return;
        // Multiples of 4 are all multiples of 2: a new divisor that the old one divides accepts less.
        var tightened = oldValue is null
            || (newValue is not null && (newValue % oldValue == 0 || oldValue % newValue != 0));
        Bound("multipleOf", oldValue, newValue, tightened, changes);
    }

    private static void UniqueItems(bool oldValue, bool newValue, ChangeSink changes)
    {
        if (oldValue == newValue) return;
        var (from, to) = (Text(oldValue), Text(newValue));
        changes.Add(new(newValue ? "constraint-tightened" : "constraint-loosened", "",
            $"uniqueItems changed from {from} to {to}", from, to));
    }

    private static void Pattern(string? oldValue, string? newValue, ChangeSink changes)
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
        var oldValues = Values(oldFlat, newFlat);
        var newValues = Values(newFlat, oldFlat);
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

    /// <summary>
    /// Whether <paramref name="flat"/>'s const is compared as a one-value enum: the other side lists
    /// values with enum instead of const, so <c>enum: [card]</c> to <c>const: card</c> is no change.
    /// </summary>
    internal static bool ConstActsAsEnum(FlatSchema flat, FlatSchema other) =>
        flat.Const is not null && flat.Enum is not { Count: > 0 } && other.Const is null && other.Enum is { Count: > 0 };

    // Keyed by display text in a sorted map, so reports list values in a stable order.
    private static SortedDictionary<string, bool> Values(FlatSchema flat, FlatSchema other)
    {
        var values = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var node in flat.Enum ?? []) values[ValueText.Of(node)] = true;
        if (ConstActsAsEnum(flat, other)) values[flat.Const!] = true;
        return values;
    }

    private static void Bound(string keyword, decimal? oldValue, decimal? newValue, bool tightened, ChangeSink changes)
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
