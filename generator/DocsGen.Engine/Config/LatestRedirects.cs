namespace DocsGen.Config;

/// <summary>
/// How /latest/ reaches the current version (<c>latest:</c> in docsgen.yml). A map costs two files whatever the
/// site's size; stubs cost a folder and a file per page, which is what a host without redirect rules needs.
/// </summary>
public enum LatestRedirects
{
    /// <summary>
    /// latest/index.html, one <c>_redirects</c> rule (Netlify, Cloudflare Pages) and a script on 404.html (hosts
    /// that answer a missing path with it: GitHub Pages, S3, nginx).
    /// </summary>
    Map,

    /// <summary>A meta-refresh stub at latest/ROUTE/index.html for every page of the current version.</summary>
    Pages,
}
