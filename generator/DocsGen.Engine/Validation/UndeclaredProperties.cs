using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.Validation;

/// <summary>
/// Properties of a value that its schema does not declare. With additionalProperties left open such a
/// value is still valid, but in documentation it is a field the reference no longer describes,
/// typically one removed or renamed in the spec after the guide was written.
/// </summary>
public static class UndeclaredProperties
{
    private const int MaxDepth = 64;

    public static IReadOnlyList<SchemaProblem> Find(JsonNode? value, IOpenApiSchema schema, ValidationDirection direction = ValidationDirection.Any)
    {
        var problems = new List<SchemaProblem>();
        Walk(value, schema, "", direction, problems, 0);
        return problems;
    }

    private static void Walk(JsonNode? value, IOpenApiSchema schema, string pointer, ValidationDirection direction, List<SchemaProblem> problems, int depth)
    {
        if (depth > MaxDepth || value is null || JsonNullSentinel.IsJsonNullSentinel(value))
        {
            return;
        }

        schema = schema is OpenApiSchemaReference reference ? reference.Target ?? schema : schema;
        switch (value.GetValueKind())
        {
            case JsonValueKind.Object:
                var obj = value.AsObject();
                if (DeclaredProperties.Of(obj, schema, direction) is not { } declared)
                {
                    return;
                }

                foreach (var (name, child) in obj)
                {
                    var at = pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (declared.TryGetValue(name, out var childSchema))
                    {
                        Walk(child, childSchema, at, direction, problems, depth + 1);
                    }
                    else
                    {
                        problems.Add(new SchemaProblem(at, $"'{name}' is not a documented property"));
                    }
                }

                break;
            case JsonValueKind.Array when ItemsOf(schema) is { } items:
                var array = value.AsArray();
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], items, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), direction, problems, depth + 1);
                }

                break;
        }
    }

    private static IOpenApiSchema? ItemsOf(IOpenApiSchema schema) =>
        schema.Items ?? schema.AllOf?.Select(p => (p is OpenApiSchemaReference r ? r.Target : p)?.Items).FirstOrDefault(i => i is not null);
}
