using DocsGen.Diagnostics;

namespace DocsGen.SiteModel;

/// <summary>
/// One output page of one version. Guides and generated pages (API reference, changelog,
/// coverage) are the same type so navigation, search, links and checks treat them alike.
/// </summary>
public sealed class Page
{
    /// <summary>The version id this page belongs to, e.g. "v2".</summary>
    public required string Version { get; init; }

    /// <summary>Path inside the version without leading or trailing slash; "" is the version's start page.</summary>
    public required string Route { get; init; }

    /// <summary>Settable for the dev server, which gives a kept page the title an edit of its source wrote.</summary>
    public required string Title { get; set; }

    public required PageKind Kind { get; init; }

    /// <summary>Template under the theme's layouts/ folder, without extension (guide, operation, schema...).</summary>
    public required string Layout { get; init; }

    public string? Description { get; set; }

    /// <summary>File that produced the page (content-root relative), used by diagnostics and "edit this page".</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Navigation section path (folder titles), empty for top-level pages.</summary>
    public IReadOnlyList<string> Section { get; init; } = [];

    /// <summary>For guides: the version-relative folder of each <see cref="Section"/> entry (keys and _section.yml lookup).</summary>
    public IReadOnlyList<string> SectionFolders { get; init; } = [];

    /// <summary>Stable keys of the sections: folder slugs for guides, title slugs for generated pages.</summary>
    public IEnumerable<NavSegment> SectionKeys => Section.Select((title, i) => i < SectionFolders.Count
        ? new NavSegment(Slugs.From(SectionFolders[i].Split('/')[^1]), title, SectionFolders[i])
        : new NavSegment(Slugs.From(title), title, null));

    /// <summary>Sort key within its section; lower first, then title.</summary>
    public int Order { get; init; } = int.MaxValue;

    /// <summary>Navigation label; the title when not set.</summary>
    public string? NavTitle { get; set; }

    /// <summary>Hidden pages are built but not listed in navigation (e.g. drafts in serve mode are not hidden).</summary>
    public bool HideFromNav { get; init; }

    /// <summary>Old URLs that redirect here (front matter <c>aliases:</c>).</summary>
    public IReadOnlyList<DocsGen.Content.PageAlias> Aliases { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page body as HTML, filled by the Markdown stage for guides; empty for template-only pages.</summary>
    public string ContentHtml
    {
        get => _contentHtml ?? System.Text.Encoding.UTF8.GetString(_keptHtml!);
        set => (_contentHtml, _keptHtml) = (value, null);
    }

    /// <summary>Markdown source of the body (guides) or a Markdown rendering (generated pages), for the Markdown twin.</summary>
    public string? Markdown
    {
        get => _markdown ?? (_keptMarkdown is null ? null : System.Text.Encoding.UTF8.GetString(_keptMarkdown));
        set => (_markdown, _keptMarkdown) = (value, null);
    }

    private string? _contentHtml = "";
    private byte[]? _keptHtml;
    private string? _markdown;
    private byte[]? _keptMarkdown;

    /// <summary>
    /// Holds the body's HTML and Markdown as UTF-8 from now on, about half the bytes of .NET's UTF-16 strings: for the
    /// dev server, which keeps every page between edits and reads these back only for the few pages an edit
    /// re-renders (each read then decodes a copy). A build reads them as strings, before this is called.
    /// </summary>
    internal void KeepAsUtf8()
    {
        if (_contentHtml is { } html)
        {
            _keptHtml = System.Text.Encoding.UTF8.GetBytes(html);
            Volatile.Write(ref _contentHtml, null);
        }

        if (_markdown is { } markdown)
        {
            _keptMarkdown = System.Text.Encoding.UTF8.GetBytes(markdown);
            Volatile.Write(ref _markdown, null);
        }
    }

    public IReadOnlyList<TocEntry> Toc { get; set; } = [];

    /// <summary>The page of a folder (index.md): its section takes this page's link.</summary>
    public bool IsSectionIndex { get; init; }

    /// <summary>Links written on the page (guides), for checks and "Used in" lists.</summary>
    public IReadOnlyList<GuideLink> Links { get; set; } = [];

    /// <summary>Fenced code blocks of the page (guides), for sample checks.</summary>
    public IReadOnlyList<GuideCodeBlock> CodeBlocks { get; set; } = [];

    /// <summary>Element ids a link may target on this page.</summary>
    public IReadOnlySet<string> Anchors { get; set; } = new HashSet<string>();

    /// <summary>Labels shown next to the title ("New in v2").</summary>
    public List<PageBadge> Badges { get; } = [];

    /// <summary>Extra data for the page's layout: an API view model, a changelog, etc.</summary>
    public object? Model { get; init; }

    /// <summary>Data for the operation page's playground (see OpenApi/Playground), already safe inside a script element.</summary>
    public string? PlaygroundJson { get; init; }

    /// <summary>Files written with this page when it renders (see <see cref="PageFile"/>).</summary>
    public IReadOnlyList<PageFile> Files { get; set; } = [];

    /// <summary>Pages rendered and written with this one but outside navigation, search and reading order (an operation's fields page).</summary>
    public IReadOnlyList<Page> Companions { get; set; } = [];

    /// <summary>URL path inside the site, without the base path: "v2/guides/auth/".</summary>
    public string Url => Route.Length == 0 ? $"{Version}/" : $"{Version}/{Route}/";

    public override string ToString() => $"{Kind} /{Url}";
}
