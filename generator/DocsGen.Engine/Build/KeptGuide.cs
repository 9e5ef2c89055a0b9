using DocsGen.Content;
using DocsGen.Markdown;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// A guide as a finished build keeps it for the dev server: its source and its page. Not its Markdown syntax tree,
/// which nothing reads after the page is rendered (an edit parses the file again) and which was the largest thing
/// the dev server held: on 10,000 generated pages about a third of the heap.
/// </summary>
internal sealed record KeptGuide(GuideSource Source, Page Page)
{
    public static KeptGuide Of(ParsedGuide guide) => new(guide.Source, guide.Page);
}
