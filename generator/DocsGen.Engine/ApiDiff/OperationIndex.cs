using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>One side's operation, with path-level parameters merged in and security resolved.</summary>
internal sealed record IndexedOperation(
    string Method,
    string Path,
    OpenApiOperation Operation,
    IReadOnlyList<IOpenApiParameter> Parameters,
    IList<OpenApiSecurityRequirement>? Security);

/// <summary>Every operation of a document keyed by method and normalised path (or webhook name).</summary>
internal static class OperationIndex
{
    public static SortedDictionary<string, IndexedOperation> Paths(OpenApiDocument document) =>
        Build(document, document.Paths, path => PathTemplate.Normalize(path), path => path);

    public static SortedDictionary<string, IndexedOperation> Webhooks(OpenApiDocument document) =>
        Build(document, document.Webhooks, name => "webhook:" + name, name => "webhook:" + name);

    private static SortedDictionary<string, IndexedOperation> Build(OpenApiDocument document,
        IDictionary<string, IOpenApiPathItem>? items, Func<string, string> matchKey, Func<string, string> displayPath)
    {
        var index = new SortedDictionary<string, IndexedOperation>(StringComparer.Ordinal);
        foreach (var (path, reference) in items ?? new Dictionary<string, IOpenApiPathItem>())
        {
            var item = Resolved.PathItem(reference);
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var verb = method.Method.ToUpperInvariant();
                index[$"{matchKey(path)} {verb}"] = new IndexedOperation(verb, displayPath(path), operation,
                    MergeParameters(item.Parameters, operation.Parameters), operation.Security ?? document.Security);
            }
        }
        return index;
    }

    // Operation parameters override path-item parameters with the same location and name.
    private static List<IOpenApiParameter> MergeParameters(IList<IOpenApiParameter>? pathLevel, IList<IOpenApiParameter>? operationLevel)
    {
        var merged = (operationLevel ?? []).Select(Resolved.Parameter).ToList();
        foreach (var parameter in (pathLevel ?? []).Select(Resolved.Parameter))
        {
            if (!merged.Any(p => p.In == parameter.In && string.Equals(p.Name, parameter.Name, StringComparison.Ordinal)))
                merged.Add(parameter);
        }
        return merged;
    }
}
