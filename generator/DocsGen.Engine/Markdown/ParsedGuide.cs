using DocsGen.Content;
using DocsGen.SiteModel;
using Markdig.Syntax;

namespace DocsGen.Markdown;

/// <summary>A guide after parsing, before its links are resolved: enough to know its title, route and anchors.</summary>
internal sealed record ParsedGuide(GuideSource Source, MarkdownDocument Document, Page Page, IReadOnlySet<string> Ids)
{
    /// <summary>The pipeline the page was parsed with; it renders with the same one.</summary>
    public Markdig.MarkdownPipeline Pipeline { get; init; } = GuidePipeline.Instance;
}
