using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>Adds each version's API reference pages and makes api:/schema: links resolvable.</summary>
internal static class ApiStage
{
    public static Task<int> AddAsync(SiteConfig config, Dictionary<string, VersionPages> versions, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        // Wired to the OpenAPI stage when it lands.
        return Task.FromResult(0);
    }

    /// <summary>Fills each operation's "Used in" list from the guides that link to it.</summary>
    public static void LinkGuides(Dictionary<string, VersionPages> versions, IEnumerable<Page> guides)
    {
    }
}
