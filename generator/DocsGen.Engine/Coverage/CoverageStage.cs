using DocsGen.Changelog;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Coverage;

/// <summary>
/// The build step of coverage: measures every version once its guides are rendered (their links and
/// samples are known), and adds the writers' coverage page when checks.coverage.page is on.
/// </summary>
internal static class CoverageStage
{
    public const string Route = "coverage";

    /// <remarks>
    /// A version is measured when its coverage page needs it, else the first time a reader of the result asks
    /// (<c>docsgen check</c>, the coverage report): a plain build never does, and measuring Kubernetes' 1,123
    /// operations against the guides was about 3% of its cold build. The guides are taken now, as the build has them.
    /// </remarks>
    public static SiteCoverage Add(SiteConfig config, Dictionary<string, VersionPages> versions, SpecDocuments documents, DiagnosticBag diagnostics)
    {
        var checks = config.Checks;
        var measured = new List<Lazy<VersionCoverage>>();
        foreach (var version in config.Versions)
        {
            var pages = versions[version.Id];
            var models = pages.All.Where(p => p.Kind == PageKind.ApiIndex).Select(p => p.Model).OfType<ApiSpec>().ToList();
            var specs = version.Apis
                .Select(api => models.FirstOrDefault(m => m.Id == api.Id) is { } model ? new CoverageSpec(model, documents.Find(version.Id, api.Id)) : null)
                .OfType<CoverageSpec>()
                .ToList();
            if (specs.Count == 0)
            {
                continue;
            }

            var guides = pages.All.Where(p => p.Kind == PageKind.Guide).ToList();
            var resolve = pages.ResolveOperation;
            var coverage = new Lazy<VersionCoverage>(() => CoverageCalculator.Measure(version.Id, config.BasePath + version.Id + "/", specs,
                guides, resolve, checks.CoverageRequire));
            measured.Add(coverage);
            if (checks.CoveragePage)
            {
                AddPage(pages, coverage.Value, checks, diagnostics);
            }
        }

        return new SiteCoverage(new MeasuredOnRead(measured), checks.CoverageRequire, checks.CoverageMinimum, config.BasePath, checks.CoveragePage);
    }

    /// <summary>The versions' coverage, each measured the first time it is read (once, whichever thread reads it).</summary>
    private sealed class MeasuredOnRead(List<Lazy<VersionCoverage>> versions) : IReadOnlyList<VersionCoverage>
    {
        public VersionCoverage this[int index] => versions[index].Value;

        public int Count => versions.Count;

        public IEnumerator<VersionCoverage> GetEnumerator() => versions.Select(v => v.Value).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static void AddPage(VersionPages pages, VersionCoverage coverage, ChecksConfig checks, DiagnosticBag diagnostics)
    {
        var page = new Page
        {
            Version = coverage.Version,
            Route = Route,
            Title = "Documentation coverage",
            Description = $"How completely each operation of version {coverage.Version} is documented, for writers.",
            Kind = PageKind.Coverage,
            Layout = "coverage",
            HideFromNav = true,
            Model = CoveragePageModel.From(coverage, checks.CoverageRequire, checks.CoverageMinimum),
            Source = new SourceLocation(SiteConfig.FileName),
        };
        if (!pages.TryAdd(page))
        {
            var other = pages.Existing(Route)!;
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, $"The coverage page /{page.Url} collides with {other.Source?.File ?? other.Title}.",
                other.Source, "Rename that page, or turn the coverage page off with 'checks.coverage.page: false'.");
        }
    }
}
