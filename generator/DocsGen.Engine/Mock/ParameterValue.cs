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
        texts = [.. texts.Select(t => WithoutPrefix(t, parameter))];
        if (resolved.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            var items = resolved.Items ?? new OpenApiSchema();
            return new JsonArray([.. texts.SelectMany(t => Split(t, parameter)).Select(t => Scalar(t, items))]);
        }

        if (resolved.Type is { } objectType && objectType.HasFlag(JsonSchemaType.Object) && parameter is not null)
        {
            return Object(texts, resolved, parameter);
        }

        return Scalar(texts.Count > 0 ? texts[0] : "", resolved);
    }

    // Label (.a.b) and matrix (;id=a,b or ;id=a;id=b) path values carry their style's prefix.
    private static string WithoutPrefix(string text, ApiParameter? parameter) => parameter switch
    {
        { Style: "label" } when text.StartsWith('.') => parameter.Explode ? text[1..].Replace('.', ',') : text[1..],
        { Style: "matrix" } when text.StartsWith(';') => string.Join(",", text[1..].Split(';').Select(p => p.StartsWith(parameter.Name + "=", StringComparison.Ordinal) ? p[(parameter.Name.Length + 1)..] : p)),
        _ => text,
    };

    // An object arrives as k,v,k2,v2 (simple, form), k=v,k2=v2 (exploded simple) or k=v texts (deepObject, exploded form).
    private static JsonObject Object(IReadOnlyList<string> texts, IOpenApiSchema schema, ApiParameter parameter)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var text in texts)
        {
            if (text.Contains('=', StringComparison.Ordinal))
            {
                pairs.AddRange(text.Split(',').Select(p => p.Split('=', 2)).Select(kv => (kv[0], kv.Length > 1 ? kv[1] : "")));
            }
            else
            {
                var items = text.Split(',');
                for (var i = 0; i + 1 < items.Length; i += 2)
                {
                    pairs.Add((items[i], items[i + 1]));
                }
            }
        }

        var result = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            var property = schema.Properties is { } properties && properties.TryGetValue(key, out var p) ? p : new OpenApiSchema();
            result[key] = Scalar(value, property);
        }

        return result;
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
