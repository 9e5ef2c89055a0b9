using DocsGen.Diagnostics;

namespace DocsGen.Config;

/// <summary>
/// One entry of a navigation written out in docsgen.yml, as MkDocs writes its <c>nav</c>: a page (its Markdown file,
/// relative to the version folder), an external link, or a titled group of more entries. A null title means the page's own.
/// </summary>
public sealed record NavEntry(string? Title, string? Page, string? Link, IReadOnlyList<NavEntry>? Children, SourceLocation At)
{
    public bool IsGroup => Children is not null;
}
