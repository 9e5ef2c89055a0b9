using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.SampleParsing;

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

    /// <summary>By operationId, or "METHOD /path" as api: links write it (the path as the spec writes it, or a concrete one it matches).</summary>
    public SpecOperation? Find(string id)
    {
        var byId = _operations.FirstOrDefault(o => o.OperationId == id);
        if (byId is not null)
        {
            return byId;
        }

        var space = id.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var method = id[..space].Trim();
        var path = id[(space + 1)..].Trim();
        return _operations.FirstOrDefault(o => o.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && o.Path == path)
            ?? Matching(method.ToUpperInvariant(), path).FirstOrDefault();
    }

    /// <summary>Operations a binding that matches nothing probably meant: a close operationId, or the same path with another method.</summary>
    public IEnumerable<SpecOperation> Suggestions(string id)
    {
        var space = id.IndexOf(' ');
        if (space > 0)
        {
            var path = id[(space + 1)..].Trim();
            return _operations.Where(o => o.Path == path || PathMatcher.Matches(o.Segments, path)).Take(3);
        }

        return _operations.Where(o => o.OperationId is not null)
            .Select(o => (Operation: o, Distance: Distance(o.OperationId!.ToLowerInvariant(), id.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, id.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Operation.OperationId, StringComparer.Ordinal)
            .Select(x => x.Operation).Take(3);
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>The path below a server URL, or null when the URL is on none of the spec's servers.</summary>
    public string? PathBelowServer(string url)
    {
        var withoutQuery = url.Split('?', '#')[0];

        // A base URL read from a variable or the environment ("…/payments"): the rest is the path, below any base path it repeats.
        if (withoutQuery.StartsWith(SampleValue.RunTime, StringComparison.Ordinal))
        {
            withoutQuery = withoutQuery[SampleValue.RunTime.Length..];
            if (!withoutQuery.StartsWith('/'))
            {
                return null;
            }
        }

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

    /// <summary>The spec's server URLs (variables at their defaults), as a message lists them.</summary>
    public IEnumerable<string> ServerUrls => _servers.Select(s => s.Base.TrimEnd('/')).Where(b => b.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// An absolute http(s) URL on a host none of the servers has: its origin and the path below a server
    /// base path it repeats (or all of it), so a sample on the wrong host is still matched to its operation.
    /// </summary>
    public (string Origin, string Path)? PathOnOtherHost(string url)
    {
        if (!Uri.TryCreate(url.Split('?', '#')[0], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var (serverBase, _) in _servers.OrderByDescending(s => s.Base.Length))
        {
            var basePath = Uri.TryCreate(serverBase, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') : serverBase.TrimEnd('/');
            if (basePath.Length > 0 && path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return (uri.GetLeftPart(UriPartial.Authority), path[basePath.Length..]);
            }
        }

        return (uri.GetLeftPart(UriPartial.Authority), path);
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
