using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>The operations and server URLs of one version's specs, looked up by id or by request.</summary>
internal sealed class SpecIndex
{
    private readonly List<SpecOperation> _operations = [];
    private readonly List<(string Base, SpecOperation? Only)> _servers = [];

    public SpecIndex(IEnumerable<LoadedSpec> specs)
    {
        foreach (var spec in specs)
        {
            var document = spec.Document;
            var bases = (document.Servers ?? []).Select(s => Resolve(s)).ToList();
            foreach (var (path, item) in document.Paths ?? new OpenApiPaths())
            {
                foreach (var (method, operation) in item.Operations ?? [])
                {
                    var op = new SpecOperation(operation.OperationId, method.Method.ToUpperInvariant(), path, operation,
                        SpecOperation.Merge(item.Parameters, operation.Parameters), document, spec.DisplayPath);
                    _operations.Add(op);
                    foreach (var server in (operation.Servers ?? []).Concat(item.Servers ?? []))
                    {
                        _servers.Add((Resolve(server), op));
                    }
                }
            }

            _servers.AddRange(bases.Select(b => (b, (SpecOperation?)null)));
        }
    }

    public IReadOnlyList<SpecOperation> Operations => _operations;

    /// <summary>By operationId, or "METHOD /path" as api: links write it.</summary>
    public SpecOperation? Find(string id)
    {
        var byId = _operations.FirstOrDefault(o => o.OperationId == id);
        if (byId is not null)
        {
            return byId;
        }

        var space = id.IndexOf(' ');
        return space < 0 ? null : _operations.FirstOrDefault(o =>
            o.Method.Equals(id[..space], StringComparison.OrdinalIgnoreCase) && o.Path == id[(space + 1)..].Trim());
    }

    /// <summary>The path below a server URL, or null when the URL is on none of the spec's servers.</summary>
    public string? PathBelowServer(string url)
    {
        var withoutQuery = url.Split('?', '#')[0];
        foreach (var (serverBase, _) in _servers.OrderByDescending(s => s.Base.Length))
        {
            if (withoutQuery.StartsWith('/'))
            {
                var basePath = Uri.TryCreate(serverBase, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') : serverBase.TrimEnd('/');
                if (basePath.Length > 0 && withoutQuery.StartsWith(basePath + "/", StringComparison.Ordinal))
                {
                    return withoutQuery[basePath.Length..];
                }

                continue;
            }

            var prefix = serverBase.TrimEnd('/');
            if (withoutQuery.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase) || withoutQuery.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = withoutQuery[prefix.Length..];
                return rest.Length == 0 ? "/" : rest;
            }
        }

        return withoutQuery.StartsWith('/') ? withoutQuery : null;
    }

    /// <summary>Operations whose method and path template fit a request, most specific first.</summary>
    public IEnumerable<SpecOperation> Matching(string method, string path) =>
        _operations
            .Where(o => o.Method == method && PathMatcher.Matches(o.Segments, path))
            .OrderBy(o => o.ParameterSegments)
            .ThenBy(o => o.Path, StringComparer.Ordinal);

    private static string Resolve(OpenApiServer server) =>
        (server.Variables ?? new Dictionary<string, OpenApiServerVariable>()).Aggregate(server.Url ?? "",
            (url, v) => url.Replace("{" + v.Key + "}", v.Value.Default, StringComparison.Ordinal));
}
