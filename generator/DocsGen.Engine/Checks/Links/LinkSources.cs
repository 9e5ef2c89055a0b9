using DocsGen.Markdown;
using DocsGen.Output;
using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Links;

/// <summary>
/// Maps a URL in an output file back to what wrote it. Guides remember each link as written and as
/// resolved (<see cref="Page.Links"/>), so an href equal to a resolved link came from that Markdown line.
/// </summary>
internal sealed class LinkSources
{
    private readonly Dictionary<string, PageSources> _byFile = new(StringComparer.Ordinal);
    private readonly string _basePath;
    private readonly string _theme;

    public LinkSources(SiteView site)
    {
        _basePath = site.BasePath;
        _theme = site.Config.Theme;
        foreach (var page in site.Versions.Values.SelectMany(v => v.All))
        {
            var links = new Dictionary<string, List<GuideLink>>(StringComparer.Ordinal);
            foreach (var link in page.Links)
            {
                if (link.Resolved is { } resolved)
                {
                    var key = Normalize(resolved);
                    if (!links.TryGetValue(key, out var list))
                    {
                        links[key] = list = [];
                    }

                    list.Add(link);
                }
            }

            _byFile[SiteFiles.PagePath(page)] = new PageSources(page, links);
        }
    }

    public LinkSource Of(string file, string href)
    {
        if (_byFile.TryGetValue(file, out var sources))
        {
            var page = sources.Page;
            var written = sources.Links.GetValueOrDefault(Normalize(href)) ?? (IReadOnlyList<GuideLink>)[];
            var guideFile = page.Kind == PageKind.Guide ? page.Source?.File : null;
            return new LinkSource(written, _basePath + page.Url, $"the theme's '{page.Layout}' layout ({_theme})", guideFile);
        }

        var url = _basePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
        var producer = file switch
        {
            "index.html" => "DocsGen's start-page redirect",
            "404.html" => $"the theme's '404' layout ({_theme})",
            _ when file.StartsWith("latest/", StringComparison.Ordinal) => "DocsGen's /latest/ redirect",
            _ => "a file copied from the content or theme",
        };
        return new LinkSource([], url, producer, null);
    }

    private static string Normalize(string url) => Uri.UnescapeDataString(url.Trim());

    private sealed record PageSources(Page Page, Dictionary<string, List<GuideLink>> Links);
}
