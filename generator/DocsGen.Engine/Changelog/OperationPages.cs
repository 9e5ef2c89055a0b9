using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Changelog;

/// <summary>The operation pages of one API in one version, found by the diff's operation key or by operationId.</summary>
internal sealed class OperationPages
{
    private readonly Dictionary<string, Page> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _byId = new(StringComparer.Ordinal);

    public OperationPages(IEnumerable<Page> pages, string apiId)
    {
        foreach (var page in pages.OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            if (page.Model is ApiOperation operation && operation.ApiId == apiId)
            {
                _byKey.TryAdd(Key(operation), page);
                _byId.TryAdd(operation.Id, page);
            }
        }
    }

    /// <summary>The key <see cref="DocsGen.ApiDiff.ApiDiffer"/> gives an operation: "POST /payments", "POST webhook:name".</summary>
    public static string Key(ApiOperation operation) =>
        operation.IsWebhook ? $"{operation.Method} webhook:{operation.Path}" : $"{operation.Method} {operation.Path}";

    public Page? Find(string? key, string? operationId) =>
        key is not null && _byKey.TryGetValue(key, out var page) ? page
        : operationId is not null && _byId.TryGetValue(operationId, out page) ? page
        : null;
}
