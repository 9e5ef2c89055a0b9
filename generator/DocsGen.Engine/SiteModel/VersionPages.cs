namespace DocsGen.SiteModel;

/// <summary>
/// The pages of one version, indexed the ways links find them: by route, by Markdown source path,
/// and by API reference id (operation ids, "GET /path", schema names).
/// </summary>
public sealed class VersionPages
{
    private readonly Dictionary<string, Page> _byRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _bySourcePath = new(StringComparer.Ordinal);

    public VersionPages(string version, string dir)
    {
        Version = version;
        Dir = dir;
    }

    public string Version { get; }

    /// <summary>Absolute folder of the version's guides.</summary>
    public string Dir { get; }

    public Func<string, Page?> ResolveOperation { get; set; } = _ => null;

    public Func<string, Page?> ResolveSchema { get; set; } = _ => null;

    public IEnumerable<Page> All => _byRoute.Values;

    /// <summary>Adds a page; false when another page already has that route.</summary>
    public bool TryAdd(Page page, string? versionSourcePath = null)
    {
        if (!_byRoute.TryAdd(page.Route, page))
        {
            return false;
        }

        if (versionSourcePath is not null)
        {
            _bySourcePath[versionSourcePath] = page;
        }

        return true;
    }

    /// <summary>Puts <paramref name="page"/> in the place of the page with its route, which keeps its place in <see cref="All"/> (the dev server's spec edits).</summary>
    internal void Replace(Page page) => _byRoute[page.Route] = _byRoute.ContainsKey(page.Route) ? page : throw new InvalidOperationException($"No page has the route '{page.Route}' to replace.");

    public Page? ByRoute(string route) => _byRoute.GetValueOrDefault(route.Trim('/'));

    public Page? BySourcePath(string versionPath) => _bySourcePath.GetValueOrDefault(versionPath);

    public Page? Existing(string route) => _byRoute.GetValueOrDefault(route);
}
