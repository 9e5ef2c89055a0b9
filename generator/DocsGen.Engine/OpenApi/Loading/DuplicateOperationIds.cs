using DocsGen.Diagnostics;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Loading;

/// <summary>operationId must be unique: cross references and page routes depend on it.</summary>
internal static class DuplicateOperationIds
{
    public static void Report(OpenApiDocument document, SourcePositions positions, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var id = operation.OperationId;
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }

                var pointer = $"#/paths/{path.Replace("~", "~0").Replace("/", "~1")}/{method.Method.ToLowerInvariant()}/operationId";
                var where = $"{method.Method.ToUpperInvariant()} {path}";
                if (!seen.TryAdd(id, where))
                {
                    diagnostics.Error(DiagnosticCodes.SpecDuplicateOperationId,
                        $"operationId '{id}' of {where} is already used by {seen[id]}.", positions.Locate(pointer),
                        "Give every operation its own operationId.");
                }
            }
        }
    }
}
