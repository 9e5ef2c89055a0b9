using System.Globalization;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// Makes a deterministic example value from a schema: the author's example, const, default or first
/// enum value when there is one, else a value shaped by type and format. A component schema already
/// being generated on the current path is left out, so recursive schemas end.
/// </summary>
internal sealed class ExampleGenerator
{
    private const int MaxDepth = 8;

    // Enough to show the shape of a Stripe object without a page-sized example.
    private const int MaxProperties = 200;

    private readonly SchemaSide _side;
    private readonly List<string> _refPath = [];
    private int _properties;

    private ExampleGenerator(SchemaSide side) => _side = side;

    public static JsonNode? Generate(IOpenApiSchema? schema, SchemaSide side) =>
        schema is null ? null : new ExampleGenerator(side).Value(schema, 0, out _);

    /// <summary>Pretty JSON with 2-space indentation, as pages show it.</summary>
    public static string ToJson(JsonNode? value) => JsonText.ToPretty(value);

    /// <param name="omit">True when nothing sensible can be produced (a cycle), so a property is left out.</param>
    private JsonNode? Value(IOpenApiSchema schema, int depth, out bool omit)
    {
        omit = false;
        string? refId = null;
        if (schema is OpenApiSchemaReference reference)
        {
            refId = reference.Reference.Id;
            if (reference.Target is null || (refId is not null && _refPath.Contains(refId)))
            {
                omit = true;
                return null;
            }
        }

        if (refId is not null)
        {
            _refPath.Add(refId);
        }

        try
        {
            return Generated(schema, depth, out omit);
        }
        finally
        {
            if (refId is not null)
            {
                _refPath.RemoveAt(_refPath.Count - 1);
            }
        }
    }

    private JsonNode? Generated(IOpenApiSchema schema, int depth, out bool omit)
    {
        omit = false;
        if (SchemaFacts.AuthorExample(schema) is { } example && !JsonText.IsNull(example))
        {
            return JsonText.Normalize(example);
        }

        if (schema.Const is not null)
        {
            return JsonValue.Create(schema.Const);
        }

        if (schema.Default is { } defaultValue && !JsonText.IsNull(defaultValue))
        {
            return JsonText.Normalize(defaultValue);
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return JsonText.Normalize(values.FirstOrDefault(v => !JsonText.IsNull(v)) ?? values[0]);
        }

        if (schema.AllOf is { Count: > 0 })
        {
            return Value(AllOfMerger.Merge(schema, _refPath), depth, out omit);
        }

        var options = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        if (options is { Count: > 0 } && schema.Properties is not { Count: > 0 })
        {
            foreach (var option in options.Where(o => o is not null && o.Type != JsonSchemaType.Null))
            {
                var value = Value(option, depth, out var skip);
                if (!skip)
                {
                    return value;
                }
            }

            omit = true;
            return null;
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null ? JsonSchemaType.Object
            : schema.Items is not null ? JsonSchemaType.Array : 0);
        if (type.HasFlag(JsonSchemaType.Object))
        {
            return Object(schema, depth);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return Array(schema, depth);
        }

        if (type.HasFlag(JsonSchemaType.String))
        {
            return JsonValue.Create(ExampleStrings.For(schema));
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            return JsonValue.Create((long)Number(schema));
        }

        if (type.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(Number(schema));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(true);
        }

        return null;
    }

    private JsonObject Object(IOpenApiSchema schema, int depth)
    {
        var result = new JsonObject();
        if (depth >= MaxDepth)
        {
            return result;
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is null || !_side.Shows(property.ReadOnly, property.WriteOnly) || _properties >= MaxProperties)
            {
                continue;
            }

            _properties++;
            var value = Value(property, depth + 1, out var omit);
            if (!omit)
            {
                result[name] = value;
            }
        }

        if (result.Count == 0 && schema.AdditionalProperties is { } additional && _properties < MaxProperties)
        {
            _properties++;
            var value = Value(additional, depth + 1, out var omit);
            if (!omit)
            {
                result["key"] = value;
            }
        }

        return result;
    }

    private JsonArray Array(IOpenApiSchema schema, int depth)
    {
        if (schema.Items is null || depth >= MaxDepth)
        {
            return [];
        }

        var item = Value(schema.Items, depth + 1, out var omit);
        return omit ? [] : [item];
    }

    private static decimal Number(IOpenApiSchema schema)
    {
        static decimal? Parse(string? text) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

        var minimum = Parse(schema.Minimum) ?? (Parse(schema.ExclusiveMinimum) is { } exclusive ? exclusive + 1 : null);
        var maximum = Parse(schema.Maximum) ?? (Parse(schema.ExclusiveMaximum) is { } exclusiveMax ? exclusiveMax - 1 : null);
        if (minimum is { } min && min > 0)
        {
            return min;
        }

        if (maximum is { } max && max < 0)
        {
            return max;
        }

        return schema.MultipleOf is { } step && step > 1 ? step : 0;
    }
}
