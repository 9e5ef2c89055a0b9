using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Resolves schema <c>$ref</c>s once per document and component, not once per reference object:
/// resolving is the single most expensive step of a diff (Kubernetes has ~25,000 references).
/// </summary>
internal sealed class SchemaTargets
{
    private readonly Dictionary<(OpenApiDocument? Document, string Id), IOpenApiSchema> targets = [];

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
