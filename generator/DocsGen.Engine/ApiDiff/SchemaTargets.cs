using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Reads the schemas of the two documents as they were written: resolves schema <c>$ref</c>s once per
/// document and component, not once per reference object (resolving is the single most expensive step
/// of a diff: Kubernetes has ~25,000 references), and answers for the keywords the reader dropped
/// (<see cref="LostSchemaKeywords"/>; a schema object belongs to one document, so one lookup serves both).
/// </summary>
internal sealed class SchemaTargets(LostSchemaKeywords oldLost, LostSchemaKeywords newLost)
{
    private readonly Dictionary<(OpenApiDocument? Document, string Id), IOpenApiSchema> targets = [];

    /// <summary>The schema's type, with null added when it was written as 3.0 <c>nullable: true</c> without a type.</summary>
    public JsonSchemaType? TypeOf(IOpenApiSchema schema) =>
        oldLost.IsNullable(schema) || newLost.IsNullable(schema) ? (schema.Type ?? 0) | JsonSchemaType.Null : schema.Type;

    /// <summary>The if/then/else and contains keywords of the schema, as raw JSON by keyword.</summary>
    public IReadOnlyDictionary<string, string>? ApplicatorsOf(IOpenApiSchema schema) =>
        oldLost.ApplicatorsOf(schema) ?? newLost.ApplicatorsOf(schema);

    public IOpenApiSchema Resolve(IOpenApiSchema schema)
    {
        for (var hops = 0; hops < 32 && schema is OpenApiSchemaReference reference; hops++)
        {
            var key = (reference.Reference.HostDocument, reference.Reference.Id ?? "");
            if (!targets.TryGetValue(key, out var target))
            {
                target = reference.Target;
                if (target is null) return schema;
                targets[key] = target;
            }
            schema = target;
        }
        return schema;
    }
}
