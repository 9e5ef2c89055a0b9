using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.Mock;

/// <summary>
/// Turns a parameter's text (path segment, query value, header) into the JSON value its schema
/// describes, so the JSON Schema validator can check it: "5" is 5 for an integer, "a,b" an array
/// for a form-style array. Text that does not parse stays a string and fails the type check.
/// </summary>
internal static class ParameterValue
{
    public static JsonNode? From(IReadOnlyList<string> texts, IOpenApiSchema schema)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        if (resolved.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            var items = resolved.Items ?? new OpenApiSchema();
            return new JsonArray([.. texts.SelectMany(t => t.Split(',')).Select(t => Scalar(t, items))]);
        }

        return Scalar(texts.Count > 0 ? texts[0] : "", resolved);
    }

    private static JsonNode? Scalar(string text, IOpenApiSchema schema)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        var type = resolved.Type ?? AlternativeTypes(resolved);
        if ((type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (type.HasFlag(JsonSchemaType.Boolean) && text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        return JsonValue.Create(text);
    }

    /// <summary>An untyped oneOf/anyOf (Stripe's "integer or range object") takes the types of its alternatives.</summary>
    private static JsonSchemaType AlternativeTypes(IOpenApiSchema schema)
    {
        JsonSchemaType type = 0;
        foreach (var option in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            var resolved = option is OpenApiSchemaReference r ? r.Target ?? option : option;
            type |= resolved?.Type ?? 0;
        }

        return type;
    }
}
