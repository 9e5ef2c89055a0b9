using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown.Rendering;
using DocsGen.SiteModel;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// Renders a parsed guide to HTML as soon as it is parsed, on the parsing thread: code includes are read, and each
/// link whose URL needs the site gets a slot (<see cref="GuideDraft"/>) that <see cref="GuideRenderer"/> fills in
/// once every page is known. Everything else is final here.
/// </summary>
internal static class GuideDrafter
{
    public static GuideDraft Draft(MarkdownDocument document, MarkdownPipeline pipeline, GuideSource source, Page page, LinkResolver links, ReadRoots roots, DiagnosticBag diagnostics) =>
        Draft(document, GuideTree.Of(document), pipeline, source, page, links, roots, diagnostics);

    /// <summary>The draft of <paramref name="document"/>, whose links and code blocks <paramref name="tree"/> has found.</summary>
    public static GuideDraft Draft(MarkdownDocument document, GuideTree tree, MarkdownPipeline pipeline, GuideSource source, Page page, LinkResolver links, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var draftedLinks = new List<DraftedLink>(tree.Links.Count);
        foreach (var link in tree.Links)
        {
            if (link.Url is null)
            {
                continue;
            }

            // Resolving gives a link to another site back as written, trimmed. A link whose extension gives its URL
            // (GetDynamicUrl) shows that URL however the link resolves.
            var written = link.Url;
            var url = written.Trim();
            var siteIndependent = links.SiteIndependentKind(url) is not null;
            var slot = siteIndependent ? LinkSlot.None : link.IsImage ? LinkSlot.Element : link.GetDynamicUrl?.Invoke() is null ? LinkSlot.Url : LinkSlot.None;
            var location = GuideParser.Location(source, link);
            var drafted = new DraftedLink(written, link.IsImage, location, slot,
                slot == LinkSlot.None ? url : links.Resolve(written, page, source.VersionPath, location, link.IsImage, diagnostics: null).Resolved ?? written);
            if (siteIndependent)
            {
                link.Url = url;
            }
            else if (slot != LinkSlot.None)
            {
                link.Url = drafted.Shown;
                link.SetData(SlotRenderer.SlotKey, draftedLinks.Count);
            }

            draftedLinks.Add(drafted);
        }

        page.CodeBlocks = CodeBlocks(tree.CodeBlocks, source, roots, diagnostics);
        page.Markdown = source.Text;
        var images = new Dictionary<int, LinkInline>();
        var slots = new List<SlotSpan>(draftedLinks.Count);
        string html;
        try
        {
            html = Render(document, pipeline, images, slots);
        }
        catch (ArgumentException e)
        {
            // Markdig's depth limit, met while writing rather than parsing (thousands of nested '*').
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, $"The Markdown renderer gave up on this page: {e.Message}", new SourceLocation(source.DisplayPath),
                "Look for a run of hundreds of '>', '[', '*' or list markers, often pasted or generated text; fence it as code or break it up.");
            html = "";
            images.Clear();
            slots.Clear();
        }

        foreach (var image in images.Values)
        {
            // Cut from the tree, so that the tree dies now: the image alone is rendered again with its resolved URL. (An
            // abbreviation or footnote in its alt text still points into the tree, which then lives on: rare, and only memory.)
            image.Remove();
            image.Reference = null;
            image.RemoveData(SlotRenderer.SlotKey);
        }

        return new GuideDraft(html, draftedLinks, slots, images, pipeline);
    }

    private static List<GuideCodeBlock> CodeBlocks(List<FencedCodeBlock> fenced, GuideSource source, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var blocks = new List<GuideCodeBlock>(fenced.Count);
        foreach (var block in fenced)
        {
            var (language, attributes) = CodeInfo.Read(block);
            var code = block.Lines.ToString();
            if (attributes.TryGetValue("include", out var include))
            {
                var included = CodeIncludes.Read(roots, source.FullPath, include, GuideParser.Location(source, block), diagnostics);
                if (included is not null)
                {
                    code = included;
                }
            }

            // What the renderer writes: the included file, or the block's own text, which it need not build again.
            block.SetData(HighlightedCodeRenderer.CodeKey, code);

            blocks.Add(new GuideCodeBlock(language, code, attributes, GuideParser.Location(source, block)));
        }

        return blocks;
    }

    /// <summary>The page's HTML; <paramref name="slots"/> gets where each slot was written, <paramref name="images"/> each image with a slot.</summary>
    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline, Dictionary<int, LinkInline> images, List<SlotSpan> slots)
    {
        var renderer = SlotRenderer.Rent(pipeline, images, slots);
        renderer.Render(document);
        return renderer.Finish();
    }
}
