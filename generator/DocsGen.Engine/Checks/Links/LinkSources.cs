using DocsGen.Diagnostics;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Links;

/// <summary>
/// Maps a URL in an output file back to what wrote it. Guides remember each link as written and as
/// resolved (<see cref="Page.Links"/>), so an href equal to a resolved link came from that Markdown line.
/// </summary>
internal sealed class LinkSources
{
    private readonly Dictionary<string, PageSources> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> _guideLines = new(StringComparer.Ordinal);
    private readonly string _basePath;
    private readonly string _theme;
    private readonly string _root;

    public LinkSources(SiteView site)
    {
        _basePath = site.BasePath;
        _theme = site.Config.Theme;
        _root = site.Config.Root;
        foreach (var page in site.Versions.Values.SelectMany(v => v.All))
        {
            var links = new Dictionary<string, List<GuideLink>>(StringComparer.Ordinal);
            foreach (var link in page.Links)
            {
                // A link the build could not resolve is written to the page as the author wrote it
                // (and already reported at its line): index it that way so the check does not report it again as the theme's.
                var key = Normalize(link.Resolved ?? link.Written);
                if (!links.TryGetValue(key, out var list))
                {
                    links[key] = list = [];
                }

                list.Add(link);
            }

            _byFile[SiteFiles.PagePath(page)] = new PageSources(page, links);
            // A page's companions (an operation's fields page) are rendered by the theme too, from its model.
            foreach (var companion in page.Companions)
            {
                _byFile[SiteFiles.PagePath(companion)] = new PageSources(companion, []);
            }
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

    /// <summary>
    /// Where raw HTML in a guide wrote a URL (e.g. &lt;img src="..."&gt;): the first line of the
    /// Markdown file holding it as a quoted attribute value; null when it is not there verbatim.
    /// </summary>
    public SourceLocation? RawHtmlLocation(string guideFile, string href)
    {
        if (!_guideLines.TryGetValue(guideFile, out var lines))
        {
            var path = Path.Combine(_root, guideFile);
            _guideLines[guideFile] = lines = File.Exists(path) ? File.ReadAllLines(path) : null;
        }

        for (var i = 0; i < (lines?.Length ?? 0); i++)
        {
            foreach (var quoted in new[] { $"\"{href}\"", $"'{href}'" })
            {
                var at = lines![i].IndexOf(quoted, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return new SourceLocation(guideFile, i + 1, at + 2);
                }
            }
        }

        return null;
    }

    private static string Normalize(string url) => Uri.UnescapeDataString(url.Trim());

    private sealed record PageSources(Page Page, Dictionary<string, List<GuideLink>> Links);
}
