using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Playground;

/// <summary>
/// An operation's JSON request body schemas, whole, for the in-browser mock (playground-mock.js):
/// every keyword <see cref="Validation.SchemaValidator"/> reads in the request direction, nothing else
/// (no descriptions or examples), component references kept as <c>{"$ref": "Name"}</c> into one "defs"
/// map so recursive schemas stay finite. Written to its own file beside the page and fetched only when
/// the reader sends to the in-browser mock: the page's own data keeps the small compact schema
/// (<see cref="PlaygroundSchema"/>), which a big body schema does not fit.
/// </summary>
internal sealed class RequestBodySchema
{
    private const int MaxInlineDepth = 64;

    // JsonSchemaType flags in the order SchemaValidator names them ("expected integer or null").
    private static readonly (JsonSchemaType Flag, string Name)[] TypeNames =
    [
        (JsonSchemaType.Null, "null"), (JsonSchemaType.Boolean, "boolean"), (JsonSchemaType.Integer, "integer"),
        (JsonSchemaType.Number, "number"), (JsonSchemaType.String, "string"), (JsonSchemaType.Object, "object"), (JsonSchemaType.Array, "array"),
    ];

    private readonly JsonObject _defs = [];
    private readonly Queue<(string Name, IOpenApiSchema Target)> _pending = new();

    private RequestBodySchema()
    {
    }

    /// <summary>{"content": {mediaType: schema}, "defs": {name: schema}} for the JSON media types; null when none has a schema.</summary>
    public static string? Json(IDictionary<string, IOpenApiMediaType>? content)
    {
        var bodies = (content ?? new Dictionary<string, IOpenApiMediaType>())
            .Where(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase) && c.Value?.Schema is not null)
            .ToList();
        if (bodies.Count == 0)
        {
            return null;
        }

        var writer = new RequestBodySchema();
        var media = new JsonObject();
        foreach (var (mediaType, value) in bodies)
        {
            media[mediaType] = writer.Node(value.Schema!, 0);
        }

        while (writer._pending.TryDequeue(out var next))
        {
            writer._defs[next.Name] = writer.Node(next.Target, 0, inlineReference: true);
        }

        return new JsonObject { ["content"] = media, ["defs"] = writer._defs }.ToJsonString();
    }

    private JsonObject Node(IOpenApiSchema schema, int depth, bool inlineReference = false)
    {
        if (schema is OpenApiSchemaReference reference && !inlineReference)
        {
            if (reference.Reference.Id is not { } id || reference.Target is not { } target)
            {
                // SchemaValidator checks an unresolved reference against nothing: anything passes.
                return [];
            }

            if (!_defs.ContainsKey(id))
            {
                _defs[id] = null; // reserved: converted once, even when it refers to itself
                _pending.Enqueue((id, target));
            }

            return new JsonObject { ["$ref"] = id };
        }

        if (schema is OpenApiSchemaReference self)
        {
            schema = self.Target ?? schema;
        }

        var o = new JsonObject();
        if (depth > MaxInlineDepth)
        {
            return o;
        }

        if (schema.Type is { } type)
        {
            o["type"] = new JsonArray([.. TypeNames.Where(t => type.HasFlag(t.Flag)).Select(t => (JsonNode?)JsonValue.Create(t.Name))]);
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            o["enum"] = new JsonArray([.. values.Select(v => v is null || JsonNullSentinel.IsJsonNullSentinel(v) ? null : v.DeepClone())]);
        }

        if (schema.Const is { } constant)
        {
            o["const"] = constant;
        }

        Add(o, "minimum", schema.Minimum);
        Add(o, "maximum", schema.Maximum);
        Add(o, "exclusiveMinimum", schema.ExclusiveMinimum);
        Add(o, "exclusiveMaximum", schema.ExclusiveMaximum);
        Add(o, "multipleOf", schema.MultipleOf);
        Add(o, "minLength", schema.MinLength);
        Add(o, "maxLength", schema.MaxLength);
        Add(o, "minItems", schema.MinItems);
        Add(o, "maxItems", schema.MaxItems);
        Add(o, "minProperties", schema.MinProperties);
        Add(o, "maxProperties", schema.MaxProperties);
        if (schema.UniqueItems == true)
        {
            o["uniqueItems"] = true;
        }

        if (schema.Pattern is { } pattern)
        {
            o["pattern"] = pattern;
        }

        if (schema.Format is { } format)
        {
            o["format"] = format;
        }

        if (schema.ReadOnly)
        {
            o["readOnly"] = true;
        }

        if (schema.Properties is { Count: > 0 } properties)
        {
            var props = new JsonObject();
            foreach (var (name, property) in properties)
            {
                props[name] = Node(property, depth + 1);
            }

            o["properties"] = props;
        }

        if (schema.Required is { Count: > 0 } required)
        {
            o["required"] = new JsonArray([.. required.Order(StringComparer.Ordinal).Select(r => (JsonNode?)JsonValue.Create(r))]);
        }

        if (schema.AdditionalProperties is { } additional)
        {
            o["additionalProperties"] = Node(additional, depth + 1);
        }
        else if (!schema.AdditionalPropertiesAllowed)
        {
            o["additionalProperties"] = false;
        }
        else if (!schema.UnevaluatedProperties)
        {
            // Where SchemaValidator closes the object across allOf and the matching alternatives.
            o["unevaluatedProperties"] = false;
        }

        if (schema.PatternProperties is { Count: > 0 } patterns)
        {
            o["patternProperties"] = new JsonObject(patterns.Keys.Select(k => KeyValuePair.Create(k, (JsonNode?)new JsonObject())));
        }

        if (schema.Items is { } items)
        {
            o["items"] = Node(items, depth + 1);
        }

        Alternatives(o, "allOf", schema.AllOf, depth);
        Alternatives(o, "oneOf", schema.OneOf, depth);
        Alternatives(o, "anyOf", schema.AnyOf, depth);
        if (schema.Discriminator?.PropertyName is { } discriminator)
        {
            var mapping = new JsonObject();
            foreach (var (value, target) in schema.Discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            {
                mapping[value] = target.Reference.Id ?? target.Reference.ReferenceV3?.Split('/')[^1];
            }

            o["discriminator"] = new JsonObject { ["propertyName"] = discriminator, ["mapping"] = mapping };
        }

        return o;
    }

    private void Alternatives(JsonObject o, string keyword, IList<IOpenApiSchema>? parts, int depth)
    {
        if (parts is { Count: > 0 })
        {
            o[keyword] = new JsonArray([.. parts.Select(p => (JsonNode)Node(p, depth + 1))]);
        }
    }

    // The bounds changed type across Microsoft.OpenApi versions (SchemaValidator reads them as text too).
    private static void Add(JsonObject o, string keyword, object? bound)
    {
        if (bound is not null && double.TryParse(Convert.ToString(bound, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            o[keyword] = number;
        }
    }
}
