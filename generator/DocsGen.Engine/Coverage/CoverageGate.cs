using DocsGen.Config;
using DocsGen.Diagnostics;

namespace DocsGen.Coverage;

/// <summary>checks.coverage.minimum: each spec of each version must have that share of operations meeting every required criterion.</summary>
internal static class CoverageGate
{
    /// <summary>How many uncovered operations a DG6001 message names; the report and the page list them all.</summary>
    private const int Named = 5;

    public static IReadOnlyList<Diagnostic> Check(SiteCoverage coverage)
    {
        var findings = new List<Diagnostic>();
        if (!coverage.GateEnabled)
        {
            return findings;
        }

        var required = string.Join(", ", coverage.Required.Select(CoverageCriteria.NameOf));
        foreach (var version in coverage.Versions)
        {
            foreach (var spec in version.Specs.Where(s => !s.Totals.Reaches(coverage.Minimum)))
            {
                var uncovered = spec.Operations.Where(o => !o.MeetsAll(coverage.Required)).ToList();
                var named = string.Join("; ", uncovered.Take(Named).Select(o =>
                    $"{o.Label} (no {string.Join(", no ", o.Missing(coverage.Required).Select(CoverageCriteria.NameOf))})"));
                var more = uncovered.Count > Named ? $" and {uncovered.Count - Named} more" : "";
                var where = coverage.HasPages ? $"the coverage page {coverage.PageUrl(version.Version)}" : "the coverage report (--coverage-report FILE)";
                findings.Add(new Diagnostic(
                    DiagnosticCodes.CoverageBelowMinimum,
                    Severity.Error,
                    $"Coverage of {spec.Title} in version {version.Version} is {Percent(spec.Totals.Percent)} ({spec.Totals.Covered} of {spec.Totals.Operations} operations have {required}), below the minimum of {coverage.Minimum}%. Uncovered: {named}{more}.",
                    new SourceLocation(spec.SpecFile.Length > 0 ? spec.SpecFile : SiteConfig.FileName),
                    $"Document the operations listed in {where}, or lower checks.coverage.minimum in docsgen.yml."));
            }
        }

        return findings;
    }

    internal static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
