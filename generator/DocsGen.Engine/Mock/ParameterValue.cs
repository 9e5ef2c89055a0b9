using System.Globalization;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.Mock;

/// <summary>
/// Turns a parameter's text (path segment, query value, header) into the JSON value its schema
/// describes, so the JSON Schema validator can check it: "5" is 5 for an integer, "a,b" an array
/// for a simple-style array. Arrays split as the parameter's style and explode say: a form-exploded
/// query array is status=a&amp;status=b (status=a,b is one item "a,b", as Prism reads it). Text that does
/// not parse stays a string and fails the type check.
/// </summary>
internal static class ParameterValue
{
    public static JsonNode? From(IReadOnlyList<string> texts, IOpenApiSchema schema, ApiParameter? parameter = null)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        if (resolved.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            var items = resolved.Items ?? new OpenApiSchema();
            return new JsonArray([.. texts.SelectMany(t => Split(t, parameter)).Select(t => Scalar(t, items))]);
        }

        return Scalar(texts.Count > 0 ? texts[0] : "", resolved);
    }

    private static string[] Split(string text, ApiParameter? parameter) => parameter switch
    {
        { Style: "form", Explode: true } => [text],
        { Style: "spaceDelimited" } => text.Split(' '),
        { Style: "pipeDelimited" } => text.Split('|'),
        _ => text.Split(','),
    };

    private static JsonNode? Scalar(string text, IOpenApiSchema schema)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        var type = resolved.Type ?? 0;
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
}
