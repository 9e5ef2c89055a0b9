using Microsoft.OpenApi;

namespace DocsGen.Mock;

/// <summary>
/// The JSON Schemas of one operation's inputs, straight from the OpenAPI document (the page model
/// keeps only what templates show), for <see cref="Validation.SchemaValidator"/>.
/// </summary>
internal sealed class OperationSchemas
{
    private readonly Dictionary<(string In, string Name), IOpenApiParameter> _parameters = [];
    private readonly Dictionary<string, IOpenApiSchema?> _bodies = new(StringComparer.OrdinalIgnoreCase);

    private OperationSchemas()
    {
    }

    public static OperationSchemas For(OpenApiDocument document, string path, string method)
    {
        var result = new OperationSchemas();
        if (document.Paths?.TryGetValue(path, out var item) != true || item is null)
        {
            return result;
        }

        var operation = item.Operations?.FirstOrDefault(o => string.Equals(o.Key.Method, method, StringComparison.OrdinalIgnoreCase)).Value;
        // Operation-level parameters override path-level ones with the same name and location.
        foreach (var parameter in (item.Parameters ?? []).Concat(operation?.Parameters ?? []))
        {
            if (parameter.Name is { } name && parameter.In is { } location)
            {
                result._parameters[(location.ToString().ToLowerInvariant(), name)] = parameter;
            }
        }

        foreach (var (mediaType, media) in operation?.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            result._bodies[mediaType] = media.Schema;
        }

        return result;
    }

    public IOpenApiParameter? Parameter(string location, string name) => _parameters.GetValueOrDefault((location, name));

    public IOpenApiSchema? Body(string mediaType) => _bodies.GetValueOrDefault(mediaType);
}
