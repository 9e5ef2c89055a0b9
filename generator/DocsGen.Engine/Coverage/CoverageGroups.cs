namespace DocsGen.Coverage;

/// <summary>The operations of one tag of one spec.</summary>
public sealed record TagCoverage(string Name, CoverageTotals Totals);

/// <summary>One spec of one version: its operations (in reference order) and totals per tag.</summary>
/// <param name="ApiId">The id from docsgen.yml.</param>
/// <param name="SpecFile">The spec's path relative to the site root, where DG6001 points.</param>
/// <param name="Url">The API landing page, relative to the version root.</param>
public sealed record SpecCoverage(
    string ApiId,
    string Title,
    string SpecFile,
    string Url,
    IReadOnlyList<OperationCoverage> Operations,
    IReadOnlyList<TagCoverage> Tags,
    CoverageTotals Totals);

/// <summary>Coverage of every spec of one version.</summary>
public sealed record VersionCoverage(string Version, IReadOnlyList<SpecCoverage> Specs, CoverageTotals Totals);

/// <summary>Coverage of the whole site with the gate's settings, as reports and the coverage page show it.</summary>
/// <param name="BasePath">The site's base path ("/" or "/docs/"), for addresses of operation and coverage pages.</param>
/// <param name="HasPages">Whether the build wrote a coverage page per version (checks.coverage.page).</param>
public sealed record SiteCoverage(IReadOnlyList<VersionCoverage> Versions, IReadOnlyList<Config.CoverageCriterion> Required, int Minimum, string BasePath, bool HasPages)
{
    public bool GateEnabled => Minimum > 0;

    public string PageUrl(string version) => BasePath + version + "/" + CoverageStage.Route + "/";
}
