using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>Questions about a schema that several builders ask the same way.</summary>
internal static class SchemaFacts
{
    /// <summary>The first example the author wrote: 3.1 "examples" or 3.0 "example".</summary>
    public static JsonNode? AuthorExample(IOpenApiSchema schema)
    {
        if (schema.Examples is { Count: > 0 } examples)
        {
            return examples[0];
        }

#pragma warning disable CS0618 // 3.0 "example" is still read into the obsolete property.
        return schema.Example;
#pragma warning restore CS0618
    }

    public static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Null);

    public static string? ReferenceName(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;

    /// <summary>e.g. "string&lt;date-time&gt;", "array&lt;Pet&gt;", "integer | null".</summary>
    public static string TypeLabel(IOpenApiSchema? schema, int depth = 0)
    {
        if (schema is null)
        {
            return "any";
        }

        if (schema is OpenApiSchemaReference reference && depth > 0)
        {
            return reference.Reference.Id ?? "object";
        }

        var names = new List<string>();
        var type = schema.Type ?? 0;
        foreach (var (flag, name) in Order)
        {
            if (!type.HasFlag(flag))
            {
                continue;
            }

            names.Add(flag switch
            {
                JsonSchemaType.Array => $"array<{(depth > 4 ? "any" : TypeLabel(schema.Items, depth + 1))}>",
                JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number when !string.IsNullOrEmpty(schema.Format) => $"{name}<{schema.Format}>",
                _ => name,
            });
        }

        if (names.Count == 0)
        {
            names.Add(schema switch
            {
                { Const: not null } => "const",
                { AllOf.Count: > 0 } or { Properties.Count: > 0 } => "object",
                { OneOf.Count: > 0 } => "one of",
                { AnyOf.Count: > 0 } => "any of",
                { Items: not null } => $"array<{(depth > 4 ? "any" : TypeLabel(schema.Items, depth + 1))}>",
                { Enum.Count: > 0 } => "enum",
                _ => "any",
            });
        }

        if (type.HasFlag(JsonSchemaType.Null))
        {
            names.Add("null");
        }

        return string.Join(" | ", names);
    }

    private static readonly (JsonSchemaType Flag, string Name)[] Order =
    [
        (JsonSchemaType.String, "string"),
        (JsonSchemaType.Integer, "integer"),
        (JsonSchemaType.Number, "number"),
        (JsonSchemaType.Boolean, "boolean"),
        (JsonSchemaType.Object, "object"),
        (JsonSchemaType.Array, "array"),
    ];
}
