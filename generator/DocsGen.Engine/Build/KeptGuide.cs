using DocsGen.Content;
using DocsGen.Markdown;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// A guide as a finished build keeps it for the dev server: where its file is, whether it was a draft, and its page.
/// Not its Markdown syntax tree, which nothing reads after the page is rendered (an edit parses the file again) and
/// which was the largest thing the dev server held (on 10,000 generated pages about a third of the heap), nor the
/// file's text, which an edit reads again (twice the file's size in .NET's UTF-16).
/// </summary>
/// <param name="FullPath">The file's absolute path.</param>
/// <param name="DisplayPath">The file's path for diagnostics and the serve log.</param>
/// <param name="Draft">Whether its front matter made it a draft: an edit that changes it builds the whole site.</param>
internal sealed record KeptGuide(string FullPath, string DisplayPath, string Version, bool Draft, Page Page)
{
    public static KeptGuide Of(ParsedGuide guide) => Of(guide.Source, guide.Page);

    public static KeptGuide Of(GuideSource source, Page page) => new(source.FullPath, source.DisplayPath, source.Version, source.FrontMatter.Draft, page);
}
