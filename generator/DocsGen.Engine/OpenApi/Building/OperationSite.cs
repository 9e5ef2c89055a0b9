using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>Where an operation sits in the document and the page it gets.</summary>
/// <param name="Method">Upper case.</param>
/// <param name="Url">Page path relative to the version root; empty for callbacks, which have no page.</param>
/// <param name="Pointer">JSON pointer of the operation, for diagnostics.</param>
internal sealed record OperationSite(
    IOpenApiPathItem PathItem,
    OpenApiOperation Operation,
    string Path,
    string Method,
    string Id,
    string Slug,
    string Url,
    bool IsWebhook,
    string Pointer,
    string PathItemPointer)
{
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"];

    /// <summary>Operations of a path item in the order the specification lists the methods.</summary>
    public static IEnumerable<(string Method, OpenApiOperation Operation)> Ordered(IOpenApiPathItem? item) =>
        (item?.Operations ?? [])
            .Where(p => p.Value is not null)
            .Select(p => (Method: p.Key.Method.ToUpperInvariant(), Operation: p.Value))
            .OrderBy(p => Array.IndexOf(MethodOrder, p.Method) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(p => p.Method, StringComparer.Ordinal);

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
