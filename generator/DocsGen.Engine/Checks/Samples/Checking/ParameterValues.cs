using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Turns the text a sample sends for a parameter (or a form field) into the JSON value its schema
/// describes, the way a server reads it: "10" is the integer 10 where an integer is expected, and an
/// array is repeated (tags=a&amp;tags=b) or delimited (tags=a,b) as the parameter's style says.
/// </summary>
internal static class ParameterValues
{
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema) => schema is OpenApiSchemaReference reference ? reference.Target ?? schema : schema;

    /// <summary>The value to validate, or null when the schema describes an object (not checked from text).</summary>
    public static JsonNode? ToJson(IOpenApiParameter parameter, IReadOnlyList<string> raw)
    {
        var schema = Resolve(parameter.Schema);
        if (schema is null || raw.Count == 0)
        {
            return null;
        }

        if (IsArray(schema))
        {
            var delimiter = parameter.Style switch
            {
                ParameterStyle.PipeDelimited => '|',
                ParameterStyle.SpaceDelimited => ' ',
                _ => ',',
            };
            var explode = parameter.Explode;
            var items = raw.Count > 1 || explode ? raw : raw[0].Split(delimiter);
            var array = new JsonArray();
            foreach (var item in items)
            {
                array.Add(Coerce(item, Resolve(schema.Items)));
            }

            return array;
        }

        return schema.Type is { } type && type.HasFlag(JsonSchemaType.Object) && !type.HasFlag(JsonSchemaType.String) ? null : Coerce(raw[^1], schema);
    }

    public static bool IsArray(IOpenApiSchema schema) => schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && !type.HasFlag(JsonSchemaType.String);

    /// <summary>The text as the JSON type the schema expects, or as a string when it does not parse as one (so the validator names the mismatch).</summary>
    public static JsonNode? Coerce(string text, IOpenApiSchema? schema)
    {
        var type = Resolve(schema)?.Type;
        if (type is null || type.Value.HasFlag(JsonSchemaType.String))
        {
            return JsonValue.Create(text);
        }

        if (type.Value.HasFlag(JsonSchemaType.Integer) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (type.Value.HasFlag(JsonSchemaType.Number) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (type.Value.HasFlag(JsonSchemaType.Boolean) && text is "true" or "false" or "True" or "False")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (type.Value.HasFlag(JsonSchemaType.Null) && text is "null" or "")
        {
            return null;
        }

        return JsonValue.Create(text);
    }
}
