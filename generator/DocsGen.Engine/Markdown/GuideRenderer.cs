using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Markdown;

/// <summary>Second guide pass, once every page is known: resolve the drafted links and fill their slots in the HTML.</summary>
internal static class GuideRenderer
{
    public static void Render(ParsedGuide guide, LinkResolver links, DiagnosticBag diagnostics)
    {
        var page = guide.Page;
        var draft = guide.Draft;
        var found = new List<GuideLink>(draft.Links.Count);
        var resolved = new string?[draft.Links.Count];
        for (var i = 0; i < draft.Links.Count; i++)
        {
            var link = draft.Links[i];
            var resolution = links.Resolve(link.Written, page, guide.Source.VersionPath, link.Location, link.IsImage, diagnostics);
            found.Add(resolution);
            resolved[i] = resolution.Resolved;
        }

        page.Links = found;
        page.ContentHtml = draft.Complete(resolved);
    }
}
