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
    public static string? Sitemap(SiteView site)
    {
        if (site.Config.BaseUrl is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var version in site.Config.Versions.Where(v => v.Current || !v.NoIndex))
        {
            // The coverage page is for the site's writers, not for search engines.
            foreach (var page in site.Versions[version.Id].All.Where(p => p.Kind != PageKind.Coverage).OrderBy(p => p.Route, StringComparer.Ordinal))
            {
                builder.Append("  <url><loc>").Append(WebUtility.HtmlEncode(site.AbsoluteUrlOf(page))).Append("</loc></url>\n");
            }
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
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

    public static string PagePath(Page page) => page.Url + "index.html";

    /// <summary>An operation's playground data, beside its page (themes load it as "playground.json" relative to the page).</summary>
    public static string PlaygroundPath(Page page) => page.Url + "playground.json";
}
