using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.Playground;

/// <summary>
/// A request body's schema as a compact JSON Schema subset for the playground: enough to validate a
/// JSON body as the reader types (playground-validate.js) and to draw one field per property of a
/// form or multipart body. Descriptions and titles are left out; a schema larger than
/// <see cref="MaxChars"/> is dropped (the page stays small; the mock still validates on send).
/// </summary>
internal static class PlaygroundSchema
{
    /// <summary>Upper bound of one compact schema's JSON text, so big schemas never bloat a page.</summary>
    internal const int MaxChars = 2500;

    private static readonly HashSet<string> JsonTypes = ["string", "integer", "number", "boolean", "array", "object", "null"];

    private static readonly HashSet<string> NumericConstraints =
        ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];

    /// <summary>The compact schema, or null when there is none or it is over the size cap.</summary>
    public static JsonNode? Compact(SchemaNode? schema)
    {
        if (schema is null)
        {
            return null;
        }

        var node = Node(schema);
        return node.ToJsonString().Length <= MaxChars ? node : null;
    }

    private static JsonObject Node(SchemaNode s)
    {
        var o = new JsonObject();
        var types = Types(s);
        if (types.Count > 0)
        {
            o["type"] = new JsonArray([.. types.Select(t => (JsonNode?)JsonValue.Create(t))]);
        }

        if (s.Format is { } format)
        {
            o["format"] = format;
        }

        if (s.Enum.Count > 0)
        {
            o["enum"] = new JsonArray([.. s.Enum.Select(Parse)]);
        }

        if (s.Const is { } constant)
        {
            o["const"] = Parse(constant);
        }

        foreach (var c in s.Constraints)
        {
            // A bound past double's range (a 400-digit maximum) reads as infinity, which JSON cannot hold: left out.
            if (NumericConstraints.Contains(c.Name) && double.TryParse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                o[c.Name] = number;
            }
            else if (c.Name == "pattern")
            {
                o["pattern"] = c.Value;
            }
        }

        if (s.Properties.Count > 0)
        {
            var properties = new JsonObject();
            foreach (var p in s.Properties.Where(p => p.Name is not null))
            {
                properties[p.Name!] = Node(p);
            }

            o["properties"] = properties;
            var required = s.Properties.Where(p => p.Required && p.Name is not null).Select(p => (JsonNode?)JsonValue.Create(p.Name)).ToArray();
            if (required.Length > 0)
            {
                o["required"] = new JsonArray(required);
            }
        }

        if (!s.AdditionalPropertiesAllowed && s.PatternProperties.Count == 0)
        {
            o["additionalProperties"] = false;
        }

        if (s.Items is { } items)
        {
            o["items"] = Node(items);
        }

        if (s.AlternativesKind is { } kind && s.Alternatives.Count > 0)
        {
            o[kind] = new JsonArray([.. s.Alternatives.Select(a => (JsonNode)Node(a))]);
        }

        return o;
    }

    /// <summary>"integer&lt;int32&gt; | null" → integer, null. A collapsed component reference gives no type: anything passes.</summary>
    private static List<string> Types(SchemaNode s)
    {
        var types = s.TypeLabel.Split('|')
            .Select(part => part.Trim())
            .Select(part => part.IndexOf('<') is var cut and >= 0 ? part[..cut] : part)
            .Select(part => part.ToLowerInvariant())
            .Where(JsonTypes.Contains)
            .Distinct()
            .ToList();
        if (types.Count == 0 && !s.IsCollapsedRef && !s.IsTruncated && s.Properties.Count > 0)
        {
            types.Add("object");
        }

        if (types.Count > 0 && s.Nullable && !types.Contains("null"))
        {
            types.Add("null");
        }

        return types;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
