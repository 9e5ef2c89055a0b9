using DocsGen.SiteModel;

namespace DocsGen.Checks.Links;

/// <summary>Who wrote a URL found in the output: Markdown lines of a guide, or the theme/DocsGen itself.</summary>
/// <param name="Written">The Markdown links that produced it (empty when the theme did).</param>
/// <param name="PageUrl">The page's address, e.g. "/v2/guides/auth/".</param>
/// <param name="Producer">What made the page when no Markdown link did: "the theme's 'guide' layout", "DocsGen's /latest/ redirect".</param>
internal sealed record LinkSource(IReadOnlyList<GuideLink> Written, string PageUrl, string Producer, string? GuideFile)
{
    public bool IsMarkdown => Written.Count > 0;
}
