using DocsGen.Diagnostics;

namespace DocsGen.Content;

/// <summary>An old URL of a page (front matter <c>aliases:</c>, as Hugo writes it), and where the page names it.</summary>
/// <param name="Path">As written: "/old/url/" from the site root, or "old-name" from the page's folder.</param>
public sealed record PageAlias(string Path, SourceLocation At);
