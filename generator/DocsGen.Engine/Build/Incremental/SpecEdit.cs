using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Build.Incremental;

/// <summary>
/// One saved spec compared with the model the last build kept: the new model, and the API pages whose output it
/// changes, each paired with the page it replaces.
/// </summary>
/// <param name="SpecPath">The spec's absolute path.</param>
/// <param name="DisplayPath">The spec as diagnostics name it, e.g. "openapi/stripe.yaml".</param>
/// <param name="Changed">(kept page, its new page) for every page whose <see cref="ApiPageFingerprint"/> changed; the overview is always among them.</param>
/// <param name="NavigationChanged">Whether a page's title or navigation label changed: other pages show them (sidebars, prev/next, "Used in" lists).</param>
internal sealed record SpecEdit(string Version, string SpecPath, string DisplayPath, ApiSpec Spec, IReadOnlyList<(Page Kept, Page Now)> Changed, bool NavigationChanged)
{
    /// <summary>The new pages whose title or navigation label changed.</summary>
    public IEnumerable<Page> Retitled => Changed.Where(c => c.Kept.Title != c.Now.Title || c.Kept.NavTitle != c.Now.NavTitle).Select(c => c.Now);

    /// <summary>What changed, for the log line: "1 operation changed", "2 operations, 1 schema changed", "the overview changed".</summary>
    public string Summary
    {
        get
        {
            var counts = new List<string>();
            Count(PageKind.Operation, "operation");
            Count(PageKind.Schema, "schema");
            Count(PageKind.ApiTag, "tag page");
            var what = counts.Count == 0 ? "the overview changed" : string.Join(", ", counts) + " changed";
            return NavigationChanged ? what + "; a title in the navigation changed" : what;

            void Count(PageKind kind, string noun)
            {
                var n = Changed.Count(c => c.Now.Kind == kind);
                if (n > 0)
                {
                    counts.Add($"{n} {noun}{(n == 1 ? "" : "s")}");
                }
            }
        }
    }
}
