using DocsGen.SiteModel;
using Scriban;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>Builds the Scriban globals of one page (see themes/default/README.md for the contract).</summary>
internal static class PageGlobals
{
    /// <summary>
    /// Longer code is escaped but not coloured: a span per token tripled GitHub's 30 KB response
    /// examples, and nobody reads a block that long for its colours.
    /// </summary>
    public const int MaxHighlightedChars = 8 * 1024;

    /// <summary>
    /// The template function <c>highlight</c>, imported once per renderer (per build), never per page: Scriban emits a
    /// dynamic method for each import, and one per page left the finalizer thread busy with thousands of them on big specs.
    /// </summary>
    public static object HighlightFunction(HighlightMemo memo)
    {
        var functions = new ScriptObject();
        functions.Import("highlight", new Func<string?, string?, string>(memo.Highlight));
        return functions["highlight"]!;
    }

    /// <summary>
    /// Scriban's <c>html</c> functions with <c>strip</c> answered by one shared regex: Scriban's own
    /// builds a new Regex on every call (once per response row on an operation page).
    /// </summary>
    private static readonly ScriptObject Html = CreateHtml();

    private static ScriptObject CreateHtml()
    {
        var html = new ScriptObject();
        if (new TemplateContext().BuiltinObject["html"] is ScriptObject builtin)
        {
            foreach (var (name, function) in builtin)
            {
                html[name] = function;
            }
        }

        html.Import("strip", new Func<string?, string?>(HtmlStrip.Strip));
        return html;
    }

    /// <summary>The site's values, the same for every page of a build (made read-only, shared by its pages).</summary>
    public static ScriptObject Site(SiteView site)
    {
        var values = new ScriptObject(13)
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description ?? "",
            ["base_path"] = site.BasePath,
            ["base_url"] = site.Config.BaseUrl ?? "",
            ["assets_path"] = site.BasePath + "assets/",
            ["current_version"] = site.Config.CurrentVersion.Id,
            ["latest"] = site.Config.Latest == Config.LatestRedirects.Map ? "map" : "pages",
            ["live_reload"] = site.LiveReload,
            ["build_errors"] = site.BuildErrors.ToList(),
            ["versions"] = site.Config.Versions.Select(v => VersionLink(site, v.Id, null)).Select(link =>
            {
                link.IsReadOnly = true;
                return link;
            }).ToList(),
        };
        values.IsReadOnly = true;
        return values;
    }

    /// <summary>Fills <paramref name="values"/> (the rendering thread's, emptied first) with the page's globals and returns them.</summary>
    /// <param name="siteValues">The renderer's <see cref="Site"/>.</param>
    /// <param name="highlight">The renderer's <see cref="HighlightFunction"/>.</param>
    public static ScriptObject Page(SiteView site, ScriptObject siteValues, Page page, NavCache navCache, object highlight, PageValues values)
    {
        var config = site.Config;
        var version = config.Versions.First(v => v.Id == page.Version);
        var current = config.CurrentVersion;
        var inCurrent = site.Versions[current.Id].Existing(page.Route);
        var index = site.ReadingIndex.TryGetValue(page, out var i) ? i : -1;
        var order = site.ReadingOrder[page.Version];
        var (navItems, navHtml) = navCache.For(page.Version, site.NavNodeOf.GetValueOrDefault(page));
        var nav = new Deferred(navItems);

        var versionObject = values.Version;
        versionObject.Clear();
        versionObject["id"] = version.Id;
        versionObject["label"] = version.Label;
        versionObject["is_current"] = version.Current;
        versionObject["url"] = site.StartUrl(version.Id);
        versionObject["noindex"] = version.NoIndex;
        versionObject["nav"] = nav;
        versionObject["current_label"] = current.Label;

        var pageObject = values.Page;
        pageObject.Clear();
        pageObject["title"] = page.Title;
        pageObject["description"] = page.Description ?? "";
        pageObject["url"] = site.UrlOf(page);
        pageObject["route"] = page.Route;
        pageObject["kind"] = KindName(page.Kind);
        pageObject["layout"] = page.Layout;
        pageObject["content"] = page.ContentHtml;
        pageObject["toc"] = page.Toc.Select(t => new ScriptObject(3) { ["level"] = t.Level, ["id"] = t.Id, ["text"] = t.Text }).ToList();
        pageObject["prev"] = index > 0 ? Link(site, order[index - 1]) : null;
        pageObject["next"] = index >= 0 && index < order.Count - 1 ? Link(site, order[index + 1]) : null;
        pageObject["source_file"] = page.Source?.File ?? "";
        pageObject["edit_url"] = config.EditUrl is not null && page.Kind == PageKind.Guide && page.Source is not null
            ? config.EditUrl + page.Source.File
            : null;
        // The 404 page is served at /404.html for any missing address: it has no URL of its own to name.
        pageObject["canonical_url"] = page.Kind == PageKind.NotFound ? ""
            : inCurrent is not null ? site.AbsoluteUrlOf(inCurrent) : site.AbsoluteUrlOf(page);
        pageObject["tags"] = page.Tags.ToList();
        pageObject["in_versions"] = config.Versions.Select(v => VersionLink(site, v.Id, page)).ToList();
        pageObject["current_version_url"] = inCurrent is not null ? site.UrlOf(inCurrent) : site.StartUrl(current.Id);
        pageObject["noindex"] = version.NoIndex || page.Kind is PageKind.NotFound or PageKind.Coverage or PageKind.OperationFields;
        pageObject["playground_json"] = page.PlaygroundJson ?? "";
        pageObject["used_in"] = site.GuidesUsing.TryGetValue(page, out var uses) ? uses : [];
        pageObject["badges"] = page.Badges.Select(b => new ScriptObject { ["label"] = b.Label, ["kind"] = b.Kind }).ToList();

        var globals = values.Globals;
        globals.Clear();
        globals["site"] = siteValues;
        globals["version"] = versionObject;
        globals["page"] = pageObject;
        globals["nav"] = nav;
        globals["nav_html"] = navHtml;
        globals["model"] = page.Model;
        globals["highlight"] = highlight;
        globals["html"] = Html;
        globals["include"] = StreamedInclude.Instance;
        // Built in (see BuiltInWriter); a theme's partial that defines its own func of the same name replaces it for the page.
        globals["schema_tree"] = SchemaTreeFunction.Instance;
        globals["api_parameters"] = ParametersFunction.Instance;
        return globals;
    }

    private static ScriptObject VersionLink(SiteView site, string versionId, Page? page)
    {
        var config = site.Config;
        var v = config.Versions.First(x => x.Id == versionId);
        var same = page is null ? null : site.Versions[versionId].Existing(page.Route);
        return new ScriptObject(6)
        {
            ["id"] = v.Id,
            ["label"] = v.Label,
            ["url"] = same is not null ? site.UrlOf(same) : site.StartUrl(v.Id),
            ["is_current"] = v.Current,
            ["is_active"] = page is not null && page.Version == v.Id,
            ["exists"] = page is null || same is not null,
        };
    }

    private static ScriptObject Link(SiteView site, Page page) => new(2) { ["title"] = page.NavTitle ?? page.Title, ["url"] = site.UrlOf(page) };

    public static string KindName(PageKind kind) => kind switch
    {
        PageKind.Guide => "guide",
        PageKind.ApiIndex => "api-index",
        PageKind.ApiTag => "api-tag",
        PageKind.Operation => "operation",
        PageKind.Schema => "schema",
        PageKind.Changelog => "changelog",
        PageKind.Coverage => "coverage",
        PageKind.NotFound => "not-found",
        PageKind.OperationFields => "operation-fields",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// One rendering thread's page globals, emptied and filled again for each page it renders: new ones per page were ~2 KB
/// of dictionaries a page (and a resize of the globals once a template assigned its variables). Nothing keeps them past
/// the page: the site's values are their own read-only object, and a template's assignments go with the next Clear().
/// </summary>
internal sealed class PageValues
{
    /// <summary>The top level: the values below, the functions, and the variables templates assign (base.html: about 15).</summary>
    public DeferringScriptObject Globals { get; } = new(32);

    public DeferringScriptObject Version { get; } = new(8);

    public ScriptObject Page { get; } = new(24);
}
