using DocsGen.Config;

namespace DocsGen.Coverage;

/// <summary>How many operations of a group meet each criterion, and how many meet all required ones.</summary>
public sealed record CoverageTotals(int Operations, IReadOnlyDictionary<CoverageCriterion, int> ByCriterion, int Covered)
{
    public static CoverageTotals Of(IReadOnlyCollection<OperationCoverage> rows, IReadOnlyList<CoverageCriterion> required) => new(
        rows.Count,
        CoverageCriteria.All.ToDictionary(c => c, c => rows.Count(r => r.Meets(c))),
        rows.Count(r => r.MeetsAll(required)));

    /// <summary>Share of operations meeting all required criteria; 100 for an empty group.</summary>
    public double Percent => PercentOf(Covered);

    public double PercentOf(CoverageCriterion criterion) => PercentOf(ByCriterion[criterion]);

    /// <summary>Whether the share reaches <paramref name="minimum"/> percent, compared exactly (no rounding up).</summary>
    public bool Reaches(int minimum) => Covered * 100L >= (long)minimum * Operations;

    /// <summary>Rounded down to one decimal, so 79.96% never shows as 80%.</summary>
    private double PercentOf(int count) => Operations == 0 ? 100 : Math.Floor(count * 1000.0 / Operations) / 10;
}
