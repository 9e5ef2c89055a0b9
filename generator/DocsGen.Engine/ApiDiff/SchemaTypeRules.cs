using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>Type changes as widening or narrowing; null is judged on its own as nullability.</summary>
internal static class SchemaTypeRules
{
    public static void Compare(JsonSchemaType? oldType, JsonSchemaType? newType, List<SchemaChange> changes)
    {
        var oldNullable = oldType?.HasFlag(JsonSchemaType.Null) ?? false;
        var newNullable = newType?.HasFlag(JsonSchemaType.Null) ?? false;
        var oldValues = WithoutNull(oldType);
        var newValues = WithoutNull(newType);

        if (oldValues != newValues)
        {
            var kind = Accepts(newValues, oldValues) ? "type-widened"
                : Accepts(oldValues, newValues) ? "type-narrowed"
                : "type-changed";
            var (from, to) = (ValueText.Of(oldValues), ValueText.Of(newValues));
            changes.Add(new(kind, "", $"type changed from {from} to {to}", from, to));
        }
        if (oldNullable != newNullable)
        {
            changes.Add(newNullable
                ? new("nullable-added", "", "now accepts null", "false", "true")
                : new("nullable-removed", "", "no longer accepts null", "true", "false"));
        }
    }

    /// <summary>No type at all (null) means any value.</summary>
    private static JsonSchemaType? WithoutNull(JsonSchemaType? type)
    {
        var values = type & ~JsonSchemaType.Null;
        return values is 0 ? null : values;
    }

    /// <summary>Whether every value of type <paramref name="narrow"/> is also a <paramref name="wide"/>.</summary>
    private static bool Accepts(JsonSchemaType? wide, JsonSchemaType? narrow)
    {
        if (wide is null) return true;
        if (narrow is null) return false;
        return Enum.GetValues<JsonSchemaType>()
            .Where(flag => narrow.Value.HasFlag(flag))
            .All(flag => wide.Value.HasFlag(flag) || (flag == JsonSchemaType.Integer && wide.Value.HasFlag(JsonSchemaType.Number)));
    }
}
