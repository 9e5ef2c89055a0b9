namespace DocsGen.Serve;

/// <summary>The hosts `docsgen serve --proxy` may relay to: "api.example.com" (any port) or "127.0.0.1:4010" (that port only).</summary>
public sealed class ProxyAllowlist
{
    public ProxyAllowlist(IEnumerable<string> hosts) =>
        Hosts = [.. hosts.Select(h => h.Trim().TrimEnd('/').ToLowerInvariant()).Where(h => h.Length > 0).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Hosts { get; }

    public bool Allows(Uri target)
    {
        var host = target.Host.ToLowerInvariant();
        var authority = $"{host}:{target.Port}";
        return Hosts.Any(h => h == host || h == authority || h == target.Authority.ToLowerInvariant());
    }

    /// <summary>"a.example, b.example:8080" as typed after --proxy.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
