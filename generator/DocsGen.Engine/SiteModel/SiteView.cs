using DocsGen.Config;

namespace DocsGen.SiteModel;

/// <summary>What a page needs to know about its whole site to render: versions, navigation, reading order.</summary>
public sealed class SiteView
{
    public required SiteConfig Config { get; init; }

    public required IReadOnlyDictionary<string, VersionPages> Versions { get; init; }

    public required IReadOnlyDictionary<string, NavNode> Navigation { get; init; }

    /// <summary>Per version, the position of each page in reading order (prev/next).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Page>> ReadingOrder { get; init; }

    public required IReadOnlyDictionary<Page, int> ReadingIndex { get; init; }

    /// <summary>Per version, the nav node that shows each page (to mark the active path).</summary>
    public required IReadOnlyDictionary<Page, NavNode> NavNodeOf { get; init; }

    /// <summary>Per operation page, the guides that link to it or bind a sample to it ("Used in guides").</summary>
    public IReadOnlyDictionary<Page, IReadOnlyList<PageLink>> GuidesUsing { get; init; } = new Dictionary<Page, IReadOnlyList<PageLink>>();

    public bool LiveReload { get; init; }

    public IReadOnlyList<string> BuildErrors { get; init; } = [];

    public string BasePath => Config.BasePath;

    public string UrlOf(Page page) => Config.BasePath + page.Url;

    public string AbsoluteUrlOf(Page page) => Config.BaseUrl is null ? UrlOf(page) : Config.BaseUrl + page.Url;

    public Page? StartPage(string version) => Versions[version].ByRoute("") ?? ReadingOrder[version].FirstOrDefault();

    public string StartUrl(string version) => StartPage(version) is { } p ? UrlOf(p) : Config.BasePath + version + "/";
}
