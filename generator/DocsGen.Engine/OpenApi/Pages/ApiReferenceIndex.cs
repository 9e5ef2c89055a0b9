using System.Text.RegularExpressions;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.OpenApi.Pages;

/// <summary>
/// Finds API pages of one version from what a guide writes: an operationId, "GET /pets/{id}"
/// (method in any case) or a schema name. With several specs, "id:target" picks the spec by its config id.
/// </summary>
public sealed partial class ApiReferenceIndex
{
    private readonly Dictionary<string, Page> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _schemas = new(StringComparer.Ordinal);

    public ApiReferenceIndex(IEnumerable<Page> pages)
    {
        foreach (var page in pages)
        {
            switch (page.Model)
            {
                case ApiOperation { IsWebhook: false } operation:
                    var specId = operation.ApiId;
                    foreach (var key in OperationKeys(operation))
                    {
                        _operations.TryAdd(key, page);
                        _operations.TryAdd(specId + ":" + key, page);
                    }

                    break;
                case ApiSchema schema:
                    _schemas.TryAdd(schema.Name, page);
                    _schemas.TryAdd(schema.ApiId + ":" + schema.Name, page);
                    break;
            }
        }
    }

    public bool TryResolveOperation(string target, out Page page) =>
        _operations.TryGetValue(Normalize(target), out page!);

    public bool TryResolveSchema(string name, out Page page) =>
        _schemas.TryGetValue(name.Trim(), out page!);

    private static IEnumerable<string> OperationKeys(ApiOperation operation)
    {
        if (operation.HasOperationId)
        {
            yield return operation.Id;
        }

        yield return operation.Method + " " + operation.Path;
    }

    /// <summary>"get  /pets/{id}" and "GET /pets/{id}" are the same target; an operationId is kept as written.</summary>
    private static string Normalize(string target)
    {
        var trimmed = target.Trim();
        var colon = trimmed.IndexOf(':');
        var prefix = "";
        if (colon > 0 && !trimmed[..colon].Contains(' ') && !trimmed[..colon].Contains('/'))
        {
            prefix = trimmed[..(colon + 1)];
            trimmed = trimmed[(colon + 1)..].Trim();
        }

        var match = MethodAndPath().Match(trimmed);
        return match.Success ? prefix + match.Groups[1].Value.ToUpperInvariant() + " " + match.Groups[2].Value : prefix + trimmed;
    }

    [GeneratedRegex(@"^([A-Za-z]+)\s+(/\S*)$")]
    private static partial Regex MethodAndPath();
}
