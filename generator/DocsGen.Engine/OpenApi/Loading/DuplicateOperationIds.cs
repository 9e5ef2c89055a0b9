using DocsGen.Diagnostics;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// operationId should be unique, but real specs (Shutterstock's, among others) reuse one, and Redocly and Swagger UI
/// render them with a warning. DocsGen does the same: operations are told apart by method and path (pages, anchors,
/// diff keys), so a shared operationId only makes links and samples that name it ambiguous; they find the first.
/// </summary>
internal static class DuplicateOperationIds
{
    public static void Report(OpenApiDocument document, SourcePositions positions, DiagnosticBag diagnostics)
    {
        // Located only for a warning: locating every operation parsed a YAML spec's whole position tree (Stripe: ~0.5 s)
        // for specs that have no duplicate at all.
        var seen = new Dictionary<string, (string Where, string Pointer)>(StringComparer.Ordinal);
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
                if (!seen.TryAdd(id, (where, pointer)))
                {
                    var first = seen[id];
                    var location = positions.Locate(pointer);
                    var firstLocation = positions.Locate(first.Pointer);
                    var firstAt = firstLocation.Line > 0 ? $" ({firstLocation.File}:{firstLocation.Line})" : "";
                    diagnostics.Warning(DiagnosticCodes.SpecDuplicateOperationId,
                        $"operationId '{id}' of {where} is already used by {first.Where}{firstAt}; both get their own page, and links or samples naming '{id}' find {first.Where}.",
                        location, "Give every operation its own operationId.");
                }
            }
        }
    }
}
