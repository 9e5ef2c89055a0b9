using System.Collections.Concurrent;

namespace DocsGen.Checks.Links;

/// <summary>
/// Resolves a URL found on an output page the way a browser would (relative to the page's address),
/// then maps it to an output path. Results are cached: most links repeat on every page (navigation).
/// </summary>
internal sealed class SiteUrlResolver(string basePath, string? baseUrl)
{
    // A fixed host: only the path part matters, and it makes relative resolution exact (System.Uri does RFC 3986).
    private static readonly Uri Host = new("http://site.invalid/");
    private readonly ConcurrentDictionary<(string Dir, string Href), SiteUrl> _cache = new();

    /// <param name="fromFile">The output file the URL is written in, e.g. "v2/guides/auth/index.html".</param>
    public SiteUrl Resolve(string fromFile, string href)
    {
        if (href.Length == 0 || href.StartsWith('#'))
        {
            // Same document, whatever its name (404.html has no folder of its own).
            return new SiteUrl(SiteUrlKind.Internal, fromFile, href.Length > 1 ? Uri.UnescapeDataString(href[1..]) : "");
        }

        var slash = fromFile.LastIndexOf('/');
        var dir = href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? "" : fromFile[..(slash + 1)];
        return _cache.GetOrAdd((dir, href), key => Compute(key.Dir, key.Href));
    }

    private SiteUrl Compute(string dir, string href)
    {
        if (baseUrl is not null && href.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            // Canonical links and absolute links to the published site are this site's own files.
            href = basePath + href[baseUrl.Length..];
        }

        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            return new SiteUrl(SiteUrlKind.External, "", "");
        }

        var colon = href.IndexOf(':');
        var firstDelimiter = href.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter))
        {
            var scheme = href[..colon];
            return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                ? new SiteUrl(SiteUrlKind.External, "", "")
                : new SiteUrl(SiteUrlKind.Ignored, "", "");
        }

        var page = new Uri(Host, basePath + dir);
        if (!Uri.TryCreate(page, href, out var absolute))
        {
            return new SiteUrl(SiteUrlKind.Internal, href, "");
        }

        var fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : "";
        var path = absolute.AbsolutePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            return new SiteUrl(SiteUrlKind.OutsideSite, Uri.UnescapeDataString(path), fragment);
        }

        var relative = path.Length <= basePath.Length ? "" : path[basePath.Length..];
        return new SiteUrl(SiteUrlKind.Internal, Uri.UnescapeDataString(relative), fragment);
    }
}
