using DocsGen.Diagnostics;

namespace DocsGen.SiteModel;

/// <summary>A link or image written in a guide, as written and as resolved, kept for the link checks.</summary>
/// <param name="Written">The URL as the author wrote it.</param>
/// <param name="Resolved">The URL written to the page (site-absolute for internal links), or null when unresolved.</param>
public sealed record GuideLink(string Written, string? Resolved, GuideLinkKind Kind, SourceLocation Location, bool IsImage);

public enum GuideLinkKind
{
    Page,
    Anchor,
    Asset,
    Operation,
    Schema,
    External,
    SiteAbsolute,
    Other,
}
