using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.Validation;

/// <summary>
/// The property names a schema declares for an object, across allOf and the oneOf/anyOf alternatives
/// the object matches: what JSON Schema calls the evaluated properties.
/// </summary>
internal static class DeclaredProperties
{
    private const int MaxDepth = 32;

    /// <returns>Each declared name with its schema; null when the schema accepts any name (a map, patternProperties, or no properties at all).</returns>
    public static Dictionary<string, IOpenApiSchema>? Of(JsonObject value, IOpenApiSchema schema, ValidationDirection direction)
    {
        var names = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var open = false;
        Collect(value, schema, direction, names, ref open, 0);
        return open || names.Count == 0 ? null : names;
    }

    private static void Collect(JsonObject value, IOpenApiSchema schema, ValidationDirection direction, Dictionary<string, IOpenApiSchema> names, ref bool open, int depth)
    {
        if (depth > MaxDepth)
        {
            open = true;
            return;
        }

        schema = schema is OpenApiSchemaReference reference ? reference.Target ?? schema : schema;
        if (schema.AdditionalProperties is not null || schema.PatternProperties is { Count: > 0 })
        {
            open = true;
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            names.TryAdd(name, property);
        }

        foreach (var part in schema.AllOf ?? [])
        {
            Collect(value, part, direction, names, ref open, depth + 1);
        }

        foreach (var alternatives in new[] { schema.OneOf, schema.AnyOf })
        {
            if (alternatives is not { Count: > 0 })
            {
                continue;
            }

            var matching = alternatives.Where(a => SchemaValidator.Validate(value, a, direction).Count == 0).ToList();
            foreach (var alternative in matching.Count > 0 ? matching : alternatives)
            {
                Collect(value, alternative, direction, names, ref open, depth + 1);
            }
        }
    }
}
