using System.Net;
using System.Text;
using DocsGen.SiteModel;

namespace DocsGen.Output;

/// <summary>The site-wide files around the pages: redirects, sitemap.xml, robots.txt.</summary>
internal static class SiteFiles
{
    /// <summary>A page that sends the reader on, with and without scripts, and tells crawlers the real address.</summary>
    public static string Redirect(string to, string canonical) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Redirecting…</title>
        <meta http-equiv="refresh" content="0; url={WebUtility.HtmlEncode(to)}">
        <link rel="canonical" href="{WebUtility.HtmlEncode(canonical)}"><meta name="robots" content="noindex"></head>
        <body><p>This page moved to <a href="{WebUtility.HtmlEncode(to)}">{WebUtility.HtmlEncode(to)}</a>.</p></body></html>

        """;

    /// <summary>Current-version pages plus versions that ask to be indexed; null without an absolute base URL.</summary>
    public static string? Sitemap(SiteView site) =>
        site.Config.BaseUrl is null ? null : Sitemap(site.Config.Versions.Select(v => SitemapUrls(site, v.Id)));

    /// <summary>
    /// sitemap.xml from each version's URLs, in config order. `docsgen merge` calls this too, with the URLs each
    /// part recorded, so a merged site's sitemap cannot differ from one build's.
    /// </summary>
    public static string Sitemap(IEnumerable<IReadOnlyList<string>> urlsPerVersion)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in urlsPerVersion.SelectMany(urls => urls))
        {
            builder.Append("  <url><loc>").Append(WebUtility.HtmlEncode(url)).Append("</loc></url>\n");
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
    }

    /// <summary>A version's sitemap entries: none when it is kept out of search engines, else its pages by route.</summary>
    public static IReadOnlyList<string> SitemapUrls(SiteView site, string versionId)
    {
        var version = site.Config.Versions.First(v => v.Id == versionId);
        if (!version.Current && version.NoIndex)
        {
            return [];
        }

        // The coverage page is for the site's writers, not for search engines.
        return site.Versions[version.Id].All.Where(p => p.Kind != PageKind.Coverage).OrderBy(p => p.Route, StringComparer.Ordinal)
            .Select(site.AbsoluteUrlOf).ToList();
    }

    public static string Robots(SiteView site)
    {
        var builder = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.Config.BaseUrl is not null)
        {
            builder.Append("Sitemap: ").Append(site.Config.BaseUrl).Append("sitemap.xml\n");
        }

        return builder.ToString();
    }

    /// <summary>A stub to <paramref name="version"/>'s start page: the site root's index.html, and latest/index.html with the redirect map.</summary>
    public static string StartRedirect(SiteView site, string version) =>
        Redirect(site.StartUrl(version), site.StartPage(version) is { } start ? site.AbsoluteUrlOf(start) : site.StartUrl(version));

    public static string PagePath(Page page) => page.Url + "index.html";

    /// <summary>The stub that leads /latest/ROUTE/ to a page of the current version (<c>latest: pages</c>).</summary>
    public static string LatestStubPath(Page page) => "latest/" + (page.Route.Length == 0 ? "" : page.Route + "/") + "index.html";

    /// <summary>
    /// The rules of <c>_redirects</c> (Netlify's format, which Cloudflare Pages reads too) that send /latest/...
    /// to the same path in the current version, query string kept, as 302: the target changes with each release.
    /// The folder itself goes to the start page first, when that is not the version's root.
    /// </summary>
    public static string LatestRedirectRules(SiteView site)
    {
        var basePath = site.BasePath;
        var current = site.Config.CurrentVersion.Id;
        var builder = new StringBuilder();
        var start = site.StartUrl(current);
        if (start != basePath + current + "/")
        {
            builder.Append(basePath).Append("latest/  ").Append(start).Append("  302\n");
        }

        builder.Append(basePath).Append("latest/*  ").Append(basePath).Append(current).Append("/:splat  302\n");
        return builder.ToString();
    }

    /// <summary>An operation's playground data, beside its page (themes load it as "playground.json" relative to the page).</summary>
    public static string PlaygroundPath(Page page) => page.Url + "playground.json";
}
