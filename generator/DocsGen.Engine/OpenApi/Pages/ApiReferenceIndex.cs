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
        : this(pages.Select(page => (page, KeysOf(page))))
    {
    }

    /// <summary>
    /// An index over pages whose keys were taken earlier (<see cref="KeysOf"/>): a build that reuses an API's pages
    /// from its cache has the pages without their models. The first page to claim a key keeps it.
    /// </summary>
    public ApiReferenceIndex(IEnumerable<(Page Page, ReferenceKeys Keys)> pages)
    {
        foreach (var (page, keys) in pages)
        {
            foreach (var key in keys.Operations)
            {
                _operations.TryAdd(key, page);
            }

            foreach (var key in keys.Schemas)
            {
                _schemas.TryAdd(key, page);
            }
        }
    }

    /// <summary>What a guide may write to reach <paramref name="page"/>, in the order the index claims them.</summary>
    public static ReferenceKeys KeysOf(Page page) => page.Model switch
    {
        ApiOperation operation => new(OperationKeys(operation).SelectMany(key => new[] { key, operation.ApiId + ":" + key }).ToList(), []),
        ApiSchema schema => new([], [schema.Name, schema.ApiId + ":" + schema.Name]),
        _ => new([], []),
    };

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

        // A webhook has no path of its own on the API's server; "POST /payments" must not find it.
        if (!operation.IsWebhook)
        {
            yield return operation.Method + " " + operation.Path;
        }
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

/// <summary>The operation and schema names one API page answers to in a <see cref="ApiReferenceIndex"/>.</summary>
public sealed record ReferenceKeys(IReadOnlyList<string> Operations, IReadOnlyList<string> Schemas);
