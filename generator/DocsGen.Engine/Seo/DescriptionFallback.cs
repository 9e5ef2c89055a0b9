using DocsGen.Search;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// Gives every guide a meta description: its front matter's, or else the text of its first paragraph,
/// which is what a search engine would otherwise guess from (often the navigation instead).
/// </summary>
internal static class DescriptionFallback
{
    /// <summary>Search engines show about 150-160 characters.</summary>
    public const int MaxLength = 160;

    public static void Fill(IEnumerable<Page> pages)
    {
        foreach (var page in pages)
        {
            if (page.Kind == PageKind.Guide && string.IsNullOrWhiteSpace(page.Description)
                && HtmlSections.FirstParagraph(page.ContentHtml) is { } paragraph)
            {
                page.Description = HtmlSections.Shorten(paragraph, MaxLength);
            }
        }
    }
}
