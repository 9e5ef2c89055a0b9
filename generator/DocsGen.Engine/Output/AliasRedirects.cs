using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Output;

/// <summary>
/// A page's old URLs (front matter <c>aliases:</c>, as Hugo writes them) become redirect stubs, so links to a moved page
/// keep working after an import. As in Hugo, "/old/url/" is from the site root and "old-name" from the page's folder;
/// a path without ".html" is a folder whose index.html redirects. A stub never replaces a file the site writes itself,
/// and the first page to claim an old URL keeps it (current version first, then pages by route).
/// </summary>
internal static class AliasRedirects
{
    private static readonly string[] ReservedFiles = ["index.html", "404.html", "robots.txt", "sitemap.xml"];

    /// <summary>Output path of each stub -> the page it sends readers to, in a stable order.</summary>
    /// <param name="assetFiles">Output paths of the assets the site copies (its own and the theme's).</param>
    public static IReadOnlyList<(string OutputPath, Page Page)> Plan(SiteView site, Func<string, bool> includes, IEnumerable<string> assetFiles, DiagnosticBag diagnostics)
    {
        var current = site.Config.CurrentVersion.Id;
        var versions = site.Config.Versions.Select(v => v.Id).Where(includes).OrderBy(v => v == current ? 0 : 1).ToList();
        var taken = site.Versions.Values.SelectMany(v => v.All).SelectMany(p => p.Companions.Prepend(p)).Select(SiteFiles.PagePath)
            .Concat(site.Versions.TryGetValue(current, out var latest) && site.Config.Latest == LatestRedirects.Pages ? latest.All.Select(SiteFiles.LatestStubPath) : [])
            .Concat(assetFiles)
            .Concat(ReservedFiles)
            .ToHashSet(StringComparer.Ordinal);
        var claimed = new Dictionary<string, Page>(StringComparer.Ordinal);
        var stubs = new List<(string, Page)>();
        foreach (var page in versions.Where(site.Versions.ContainsKey).SelectMany(v => site.Versions[v].All.OrderBy(p => p.Route, StringComparer.Ordinal)))
        {
            foreach (var alias in page.Aliases)
            {
                if (OutputPath(page, alias.Path) is not { } path)
                {
                    Warn(diagnostics, alias, $"Alias '{alias.Path}' is not a path on this site; no redirect is written.",
                        "Write an old URL of this site, such as /old/section/page/ (no scheme, host, '..' or '?').");
                }
                else if (IsUnderLatestMap(site, path))
                {
                    Warn(diagnostics, alias, $"Alias '{alias.Path}' is under /latest/, which leads to the current version; no redirect is written.",
                        "Remove the alias: /latest/ROUTE/ already reaches the current version's page of that route.");
                }
                else if (taken.Contains(path))
                {
                    if (path != SiteFiles.PagePath(page))
                    {
                        Warn(diagnostics, alias, $"Alias '{alias.Path}' is the address of a file the site publishes ({path}); no redirect is written.",
                            "Remove the alias, or move the page that now lives there.");
                    }
                }
                else if (claimed.TryGetValue(path, out var owner))
                {
                    // The same page in an older version keeps its old URLs too: those lead to the current one, quietly.
                    if (owner != page && !(owner.Version != page.Version && owner.Route == page.Route))
                    {
                        Warn(diagnostics, alias, $"Alias '{alias.Path}' already redirects to {owner.Source?.File ?? owner.Url}; this page does not get it.",
                            "An old URL can lead to one page only: remove the alias from one of them.");
                    }
                }
                else
                {
                    claimed.Add(path, page);
                    stubs.Add((path, page));
                }
            }
        }

        return stubs;
    }

    public static void Write(SiteView site, IEnumerable<(string OutputPath, Page Page)> stubs, SiteOutput output)
    {
        foreach (var (path, page) in stubs)
        {
            output.Write(path, SiteFiles.Redirect(site.UrlOf(page), site.AbsoluteUrlOf(page)));
        }
    }

    /// <summary>Where the stub goes in the output, or null when the alias cannot name a file of this site.</summary>
    internal static string? OutputPath(Page page, string alias)
    {
        var text = alias.Trim();
        if (text.Length == 0 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal)
            || text.IndexOfAny(['?', '#', '\\', ':', '*', '"', '<', '>', '|']) >= 0 || text.Any(char.IsControl))
        {
            return null;
        }

        // A relative alias sits beside the page: in the folder of the page's route, inside its version.
        var folder = page.Route.Contains('/') ? page.Route[..page.Route.LastIndexOf('/')] : "";
        var full = text.StartsWith('/') ? text : $"{page.Version}/{(folder.Length == 0 ? "" : folder + "/")}{text}";
        var segments = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        var joined = string.Join('/', segments);
        return segments[^1].EndsWith(".html", StringComparison.OrdinalIgnoreCase) || segments[^1].EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? joined
            : joined + "/index.html";
    }

    /// <summary>
    /// With the redirect map all of latest/ belongs to it: a stub there would shadow the map's rule on Netlify, which
    /// serves a file before its rules, and latest/ would no longer mean the current version everywhere.
    /// </summary>
    private static bool IsUnderLatestMap(SiteView site, string path) =>
        site.Config.Latest == LatestRedirects.Map && path.StartsWith("latest/", StringComparison.Ordinal);

    private static void Warn(DiagnosticBag diagnostics, PageAlias alias, string message, string hint) =>
        diagnostics.Warning(DiagnosticCodes.AliasNotWritten, message, alias.At, hint);
}
