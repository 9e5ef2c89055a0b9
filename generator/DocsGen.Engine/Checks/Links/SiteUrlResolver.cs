using System.Buffers;

namespace DocsGen.Checks.Links;

/// <summary>
/// Resolves a URL found on an output page the way a browser would (relative to the page's address),
/// then maps it to an output path. The link check remembers what it resolved; this class does not.
/// </summary>
internal sealed class SiteUrlResolver(string basePath, string? baseUrl)
{
    // A fixed host: only the path part matters, and it makes relative resolution exact (System.Uri does RFC 3986).
    private static readonly Uri Host = new("http://site.invalid/");
    private static readonly SearchValues<char> PlainPath = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~");
    private static readonly SearchValues<char> PlainQueryAndFragment = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:=&");

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
        return Compute(dir, href);
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

        if (SchemeLength(href) is > 0 and var colon)
        {
            var scheme = href[..colon];
            return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                ? new SiteUrl(SiteUrlKind.External, "", "")
                : new SiteUrl(SiteUrlKind.Ignored, "", "");
        }

        string path, fragment;
        if (dir.Length == 0 && IsPlainRooted(href))
        {
            var hash = href.IndexOf('#');
            var query = href.IndexOf('?');
            var pathEnd = query >= 0 && (hash < 0 || query < hash) ? query : hash >= 0 ? hash : href.Length;
            (path, fragment) = (href[..pathEnd], hash >= 0 ? href[(hash + 1)..] : "");
            return Classify(path, fragment);
        }

        var page = new Uri(Host, basePath + dir);
        if (!Uri.TryCreate(page, href, out var absolute))
        {
            return new SiteUrl(SiteUrlKind.Internal, href, "");
        }

        fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : "";
        return Classify(absolute.AbsolutePath, fragment);
    }

    /// <summary>
    /// Whether a URL means the same wherever it is written: site-absolute, or with a scheme. Only a
    /// relative URL (or a bare fragment) depends on the page it is on.
    /// </summary>
    public static bool IsSameOnEveryPage(string href) => href.Length > 0 && (href[0] == '/' || SchemeLength(href) > 0);

    /// <summary>The length of the URL's scheme ("https" in "https://..."), or 0 when it has none.</summary>
    private static int SchemeLength(string href)
    {
        var colon = href.IndexOf(':');
        return colon > 0 && href.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0 ? colon : 0;
    }

    /// <summary>
    /// A site-absolute URL that System.Uri would leave as it is: no escapes, no dot segments, nothing
    /// outside letters, digits and "-._~/" (plus a plain query and fragment). Nearly every URL the theme
    /// writes is one; resolving them without Uri keeps the check from making ~2 KB of garbage per page.
    /// </summary>
    private static bool IsPlainRooted(string href)
    {
        if (href.Length == 0 || href[0] != '/')
        {
            return false;
        }

        var segmentStart = 1;
        for (var i = 1; i <= href.Length; i++)
        {
            var c = i < href.Length ? href[i] : '/';
            if (c is '/' or '?' or '#')
            {
                var segment = href.AsSpan(segmentStart, i - segmentStart);
                if (segment is "." or "..")
                {
                    return false;
                }

                if (c != '/')
                {
                    // Query and fragment: the same plain characters, which neither Uri nor unescaping changes.
                    return href.AsSpan(i + 1).IndexOfAnyExcept(PlainQueryAndFragment) < 0;
                }

                segmentStart = i + 1;
            }
            else if (!PlainPath.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private SiteUrl Classify(string path, string fragment)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            return new SiteUrl(SiteUrlKind.OutsideSite, Uri.UnescapeDataString(path), fragment);
        }

        var relative = path.Length <= basePath.Length ? "" : path[basePath.Length..];
        return new SiteUrl(SiteUrlKind.Internal, Uri.UnescapeDataString(relative), fragment);
    }
}
