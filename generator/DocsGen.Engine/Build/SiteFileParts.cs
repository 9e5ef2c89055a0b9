using DocsGen.Search;
using DocsGen.Seo;

namespace DocsGen.Build;

/// <summary>
/// The whole-site files that carry page text, kept in parts by the build that wrote them, so the dev server
/// rewrites one page's share of them after an edit: the search index (each page's entries and counted terms) and
/// the Markdown twins (with llms-full.txt assembled from them). Null until the build wrote them (or it has no search).
/// </summary>
internal sealed class SiteFileParts
{
    public SearchIndexParts? Search { get; set; }

    public MarkdownTwins? Twins { get; set; }
}
