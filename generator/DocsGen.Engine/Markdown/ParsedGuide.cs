using DocsGen.Content;
using DocsGen.SiteModel;

namespace DocsGen.Markdown;

/// <summary>A guide after parsing, before its links are resolved: its title, route and anchors, and its HTML with link slots.</summary>
internal sealed record ParsedGuide(GuideSource Source, GuideDraft Draft, Page Page, IReadOnlySet<string> Ids);
