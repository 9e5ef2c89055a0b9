using System.Buffers;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Markdown;

/// <summary>Turns a link as written in a guide into the URL the page gets, reporting what cannot be resolved.</summary>
internal sealed class LinkResolver(string contentRoot, string basePath, IReadOnlyDictionary<string, VersionPages> versions, Config.ChecksConfig checks)
{
    private static readonly string[] ExternalSchemes = ["http:", "https:", "mailto:", "tel:", "ftp:", "data:"];
    private const string SiteAlias = "@site/";

    public string BasePath => basePath;

    /// <summary>The dialect the pages are written in: Docusaurus' site paths (<c>/docs/id</c>, static files) resolve as Docusaurus serves them.</summary>
    public Config.MarkdownDialect Dialect { get; init; } = Config.MarkdownDialect.Docsgen;

    /// <summary>The version Docusaurus serves at <c>/docs/</c> without a version segment (its lastVersion).</summary>
    public string? CurrentVersion { get; init; }

    /// <summary>The same resolver over other pages (a draft's stand-ins for pages not yet parsed).</summary>
    public LinkResolver Over(IReadOnlyDictionary<string, VersionPages> otherVersions) =>
        new(contentRoot, basePath, otherVersions, checks) { Dialect = Dialect, CurrentVersion = CurrentVersion };

    public string UrlOf(Page page, string? fragment = null) =>
        basePath + page.Url + (string.IsNullOrEmpty(fragment) ? "" : "#" + fragment);

    /// <summary>
    /// The kind of a link whose URL is the same on every site (another host, another scheme): <see cref="Resolve"/> gives
    /// it back as written, trimmed, and reports nothing. Null when resolving <paramref name="url"/> (trimmed) needs the site.
    /// </summary>
    public GuideLinkKind? SiteIndependentKind(string url)
    {
        if (IsApiReference(url) || IsHugoRef(url))
        {
            return null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal) || HasExternalScheme(url))
        {
            return GuideLinkKind.External;
        }

        return HasScheme(url) ? GuideLinkKind.Other : null;
    }

    /// <summary>
    /// Resolves <paramref name="written"/> found on <paramref name="from"/> (a guide at versionPath). With no
    /// <paramref name="diagnostics"/> nothing is reported and no anchor is checked: only the URL is wanted.
    /// </summary>
    public GuideLink Resolve(string written, Page from, string fromVersionPath, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        var pages = versions[from.Version];
        var url = written.Trim();

        if (IsApiReference(url))
        {
            return ResolveApi(url, pages, at, isImage, diagnostics);
        }

        if (IsHugoRef(url))
        {
            return ResolveHugoRef(written, Uri.UnescapeDataString(url[Extensions.Hugo.HugoRef.Scheme.Length..]), from, fromVersionPath, at, isImage, diagnostics);
        }

        if (SiteIndependentKind(url) is { } kind)
        {
            return new GuideLink(written, url, kind, at, isImage);
        }

        if (url.StartsWith(SiteAlias, StringComparison.Ordinal))
        {
            return Resolve(FromSiteAlias(url, pages, fromVersionPath), from, fromVersionPath, at, isImage, diagnostics);
        }

        var (path, fragment) = SplitFragment(url);
        if (path.Length == 0)
        {
            if (diagnostics is not null && fragment.Length > 0 && !from.Anchors.Contains(fragment))
            {
                Report(diagnostics, checks.BrokenAnchors, DiagnosticCodes.LinkToMissingAnchor, $"No heading or element with id '{fragment}' on this page.", at,
                    Suggest(fragment, from.Anchors));
            }

            return new GuideLink(written, url, GuideLinkKind.Anchor, at, isImage);
        }

        if (path.StartsWith('/'))
        {
            return ResolveSiteAbsolute(written, path, fragment, pages, at, isImage, diagnostics);
        }

        var fromDir = Path.GetDirectoryName(fromVersionPath)?.Replace('\\', '/') ?? "";
        var target = Normalize(fromDir.Length == 0 ? path : fromDir + "/" + path);
        if (target is null)
        {
            return ResolveOutsideVersion(written, path, fragment, pages, at, isImage, diagnostics);
        }

        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var page = pages.BySourcePath(target);
            if (page is null)
            {
                Report(diagnostics, checks.BrokenLinks, DiagnosticCodes.LinkToMissingPage, $"Link to '{path}': no such page in version {from.Version}.", at,
                    File.Exists(Path.Combine(pages.Dir, target))
                        ? "That file exists but is not published (a draft?). Publish it or remove the link."
                        : "Check the path; it is relative to this file.");
                return new GuideLink(written, null, GuideLinkKind.Page, at, isImage);
            }

            CheckAnchor(page, fragment, at, diagnostics);
            return new GuideLink(written, UrlOf(page, fragment), GuideLinkKind.Page, at, isImage);
        }

        var file = Path.Combine(pages.Dir, target);
        if (File.Exists(file))
        {
            return new GuideLink(written, basePath + pages.Version + "/" + target + (fragment.Length > 0 ? "#" + fragment : ""), GuideLinkKind.Asset, at, isImage);
        }

        // Authors sometimes link to output folders ("../auth/"): accept a route that exists. Docusaurus pages link by
        // doc URL relative to their own URL, which is not their file's folder once ids, slugs or number prefixes differ.
        var routed = pages.ByRoute(target)
            ?? (Dialect == Config.MarkdownDialect.Docusaurus && Normalize(RouteFolder(from.Route) + path) is { } fromRoute ? pages.ByRoute(fromRoute) : null);
        if (routed is not null)
        {
            CheckAnchor(routed, fragment, at, diagnostics);
            return new GuideLink(written, UrlOf(routed, fragment), GuideLinkKind.Page, at, isImage);
        }

        Report(diagnostics, checks.BrokenLinks, isImage ? DiagnosticCodes.MissingAsset : DiagnosticCodes.LinkToMissingPage,
            $"{(isImage ? "Image" : "Link")} target '{path}' does not exist.", at, "Check the path; it is relative to this file.");
        return new GuideLink(written, null, isImage ? GuideLinkKind.Asset : GuideLinkKind.Page, at, isImage);
    }

    /// <summary>
    /// Docusaurus' <c>@site/</c> is the site's root folder: the link becomes relative to the page. Docusaurus serves
    /// <c>static/</c> at the root; <c>docsgen import</c> moves that folder to <c>assets/</c>, which DocsGen publishes.
    /// </summary>
    private string FromSiteAlias(string url, VersionPages pages, string fromVersionPath)
    {
        var rest = url[SiteAlias.Length..];
        if (rest.StartsWith("static/", StringComparison.Ordinal) && !File.Exists(Path.Combine(contentRoot, rest.Split('#')[0])))
        {
            rest = "assets/" + rest["static/".Length..];
        }

        var fromDir = Path.GetDirectoryName(Path.Combine(pages.Dir, fromVersionPath)) ?? pages.Dir;
        return Path.GetRelativePath(fromDir, Path.Combine(contentRoot, rest)).Replace('\\', '/');
    }

    /// <summary>A Hugo <c>ref</c>/<c>relref</c> written as a link's target: the page Hugo would find, or a broken link.</summary>
    private GuideLink ResolveHugoRef(string written, string target, Page from, string fromVersionPath, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        var pages = versions[from.Version];
        var (path, fragment) = SplitFragment(target);
        var page = path.Length == 0 ? from : Extensions.Hugo.HugoRef.Find(path, fromVersionPath, p => pages.BySourcePath(p) is not null) is { } found ? pages.BySourcePath(found) : null;
        if (page is null)
        {
            Report(diagnostics, checks.BrokenLinks, DiagnosticCodes.LinkToMissingPage, $"Hugo ref '{path}': no such page in version {from.Version}.", at,
                "Hugo finds the path from this page's folder, then from the content root (the version's folder), with or without .md; check it.");
            return new GuideLink(written, null, GuideLinkKind.Page, at, isImage);
        }

        CheckAnchor(page, fragment, at, diagnostics);
        return new GuideLink(written, UrlOf(page, fragment), GuideLinkKind.Page, at, isImage);
    }

    private GuideLink ResolveOutsideVersion(string written, string path, string fragment, VersionPages pages, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        // A path leaving the version folder may reach content/assets (published at /assets/) or another version.
        var full = Path.GetFullPath(Path.Combine(pages.Dir, path));
        var relative = Path.GetRelativePath(contentRoot, full).Replace('\\', '/');
        if (relative.StartsWith("assets/", StringComparison.Ordinal) && File.Exists(full))
        {
            return new GuideLink(written, basePath + relative + (fragment.Length > 0 ? "#" + fragment : ""), GuideLinkKind.Asset, at, isImage);
        }

        foreach (var other in versions.Values)
        {
            var inOther = Path.GetRelativePath(other.Dir, full).Replace('\\', '/');
            if (!inOther.StartsWith("../", StringComparison.Ordinal) && other.BySourcePath(inOther) is { } page)
            {
                CheckAnchor(page, fragment, at, diagnostics);
                return new GuideLink(written, UrlOf(page, fragment), GuideLinkKind.Page, at, isImage);
            }
        }

        Report(diagnostics, checks.BrokenLinks, isImage ? DiagnosticCodes.MissingAsset : DiagnosticCodes.LinkToMissingPage,
            $"{(isImage ? "Image" : "Link")} target '{path}' is outside the published content.", at,
            "Link to pages of a version, or put shared files in content/assets/.");
        return new GuideLink(written, null, GuideLinkKind.Other, at, isImage);
    }

    private GuideLink ResolveSiteAbsolute(string written, string path, string fragment, VersionPages pages, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        // "/guides/auth/" means this version's page; "/v1/guides/auth/" or "/assets/x.png" are site paths.
        var trimmed = path.Trim('/');
        if (basePath.Length > 1 && (path + "/").StartsWith(basePath, StringComparison.Ordinal))
        {
            trimmed = path[basePath.Length..].Trim('/');
        }

        if (pages.ByRoute(trimmed) is { } page)
        {
            CheckAnchor(page, fragment, at, diagnostics);
            return new GuideLink(written, UrlOf(page, fragment), GuideLinkKind.Page, at, isImage);
        }

        var slash = trimmed.IndexOf('/');
        var first = slash < 0 ? trimmed : trimmed[..slash];
        if (versions.TryGetValue(first, out var other) && other.ByRoute(slash < 0 ? "" : trimmed[(slash + 1)..]) is { } otherPage)
        {
            CheckAnchor(otherPage, fragment, at, diagnostics);
            return new GuideLink(written, UrlOf(otherPage, fragment), GuideLinkKind.Page, at, isImage);
        }

        var resolved = basePath + trimmed + (path.EndsWith('/') && trimmed.Length > 0 ? "/" : "") + (fragment.Length > 0 ? "#" + fragment : "");
        // "/latest/guides/auth/" stays as written (it is meant to follow releases) and is checked against the current version.
        if (first == "latest" && CurrentVersion is { } current && versions.TryGetValue(current, out var latest)
            && latest.ByRoute(slash < 0 ? "" : trimmed[(slash + 1)..]) is { } latestPage)
        {
            CheckAnchor(latestPage, fragment, at, diagnostics);
            return new GuideLink(written, resolved, GuideLinkKind.SiteAbsolute, at, isImage);
        }

        if (trimmed.StartsWith("assets/", StringComparison.Ordinal) || File.Exists(Path.Combine(pages.Dir, trimmed)))
        {
            return new GuideLink(written, File.Exists(Path.Combine(pages.Dir, trimmed)) ? basePath + pages.Version + "/" + trimmed : resolved, GuideLinkKind.Asset, at, isImage);
        }

        if (Dialect == Config.MarkdownDialect.Docusaurus && ResolveDocusaurusPath(written, trimmed, fragment, at, isImage, diagnostics) is { } docusaurus)
        {
            return docusaurus;
        }

        // Not an error at build time: the host may serve it (a redirect, another app); `docsgen check` reports it.
        diagnostics?.Warning(DiagnosticCodes.LinkToMissingPage, $"Site path '{path}' matches no page of version {pages.Version}.", at,
            "Link to the Markdown file instead (e.g. ../guides/auth.md) so the link follows the page.");
        return new GuideLink(written, resolved, GuideLinkKind.SiteAbsolute, at, isImage);
    }

    private static string RouteFolder(string route) => route.Contains('/', StringComparison.Ordinal) ? route[..(route.LastIndexOf('/') + 1)] : "";

    /// <summary>
    /// Docusaurus serves the docs at <c>/docs/</c> (its default routeBasePath): <c>/docs/ID</c> is the current version's
    /// page, <c>/docs/VERSION/ID</c> another version's. Its <c>static/</c> folder, which <c>docsgen import</c> moves to
    /// <c>assets/</c>, is served from the site's root. Null when the path is neither.
    /// </summary>
    private GuideLink? ResolveDocusaurusPath(string written, string trimmed, string fragment, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        var suffix = fragment.Length > 0 ? "#" + fragment : "";
        if (trimmed.Length > 0 && !trimmed.Split('/').Contains("..") && File.Exists(Path.Combine(contentRoot, "assets", trimmed)))
        {
            return new GuideLink(written, basePath + "assets/" + trimmed + suffix, GuideLinkKind.Asset, at, isImage);
        }

        if (trimmed != "docs" && !trimmed.StartsWith("docs/", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = trimmed.Length > 5 ? trimmed[5..] : "";
        var slash = rest.IndexOf('/');
        var first = slash < 0 ? rest : rest[..slash];
        var page = versions.TryGetValue(first, out var named) && first != CurrentVersion
            ? named.ByRoute(slash < 0 ? "" : rest[(slash + 1)..])
            : CurrentVersion is { } current && versions.TryGetValue(current, out var latest) ? latest.ByRoute(rest) : null;
        if (page is null)
        {
            return null;
        }

        CheckAnchor(page, fragment, at, diagnostics);
        return new GuideLink(written, UrlOf(page, fragment), GuideLinkKind.Page, at, isImage);
    }

    private GuideLink ResolveApi(string url, VersionPages pages, SourceLocation at, bool isImage, DiagnosticBag? diagnostics)
    {
        var isSchema = url.StartsWith("schema:", StringComparison.OrdinalIgnoreCase);
        var target = url[(url.IndexOf(':') + 1)..];
        var (id, fragment) = SplitFragment(target);
        id = Uri.UnescapeDataString(id).Trim();
        var page = isSchema ? pages.ResolveSchema(id) : pages.ResolveOperation(id);
        if (page is null)
        {
            diagnostics?.Error(isSchema ? DiagnosticCodes.UnresolvedSchemaReference : DiagnosticCodes.UnresolvedApiReference,
                $"{(isSchema ? "Schema" : "Operation")} '{id}' is not in the API reference of version {pages.Version}.", at,
                isSchema ? "Use a name from components/schemas of this version's spec." : "Use an operationId or 'METHOD /path' from this version's spec.");
            return new GuideLink(url, null, isSchema ? GuideLinkKind.Schema : GuideLinkKind.Operation, at, isImage);
        }

        return new GuideLink(url, UrlOf(page, fragment), isSchema ? GuideLinkKind.Schema : GuideLinkKind.Operation, at, isImage);
    }

    private void CheckAnchor(Page page, string fragment, SourceLocation at, DiagnosticBag? diagnostics)
    {
        // Generated pages' anchors are checked on the rendered HTML by `docsgen check`.
        if (diagnostics is not null && fragment.Length > 0 && page.Kind == PageKind.Guide && !page.Anchors.Contains(fragment))
        {
            Report(diagnostics, checks.BrokenAnchors, DiagnosticCodes.LinkToMissingAnchor, $"Page '{page.Title}' has no heading with id '{fragment}'.", at,
                Suggest(fragment, page.Anchors));
        }
    }

    private static string Suggest(string fragment, IReadOnlySet<string> anchors)
    {
        var close = anchors.Where(a => a.Contains(fragment, StringComparison.OrdinalIgnoreCase) || fragment.Contains(a, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        return close is null ? "Link to one of the page's heading ids (shown by the # next to each heading)." : $"Did you mean '#{close}'?";
    }

    private static void Report(DiagnosticBag? diagnostics, Severity severity, string code, string message, SourceLocation at, string hint)
    {
        if (severity != Severity.Info)
        {
            diagnostics?.Add(new Diagnostic(code, severity, message, at, hint));
        }
    }

    private static bool IsApiReference(string url) =>
        url.StartsWith("api:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("schema:", StringComparison.OrdinalIgnoreCase);

    private bool IsHugoRef(string url) => Dialect == Config.MarkdownDialect.Hugo && url.StartsWith(Extensions.Hugo.HugoRef.Scheme, StringComparison.Ordinal);

    /// <summary>Loops, not queries: this runs for every link of every guide.</summary>
    private static bool HasExternalScheme(string url)
    {
        foreach (var scheme in ExternalSchemes)
        {
            if (url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var end = url.AsSpan().IndexOfAny("/?#");
        return colon > 0 && (end < 0 || colon < end) && char.IsAsciiLetter(url[0])
            && !url.AsSpan(0, colon).ContainsAnyExcept(SchemeChars);
    }

    private static readonly SearchValues<char> SchemeChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var query = path.IndexOf('?');
        return (Uri.UnescapeDataString(query < 0 ? path : path[..query]), fragment);
    }

    /// <summary>Collapses . and .. segments; null when the path climbs out of the version folder.</summary>
    internal static string? Normalize(string path)
    {
        var stack = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (stack.Count == 0)
                {
                    return null;
                }

                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(part);
            }
        }

        return string.Join('/', stack);
    }
}
