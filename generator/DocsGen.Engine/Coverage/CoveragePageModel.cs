using DocsGen.Config;

namespace DocsGen.Coverage;

/// <summary>What the coverage layout renders for one version: plain strings and numbers, ready for a table.</summary>
public sealed record CoveragePageModel(
    string Version,
    int Minimum,
    IReadOnlyList<string> Required,
    CoverageFigure Overall,
    IReadOnlyList<CoverageSpecView> Specs)
{
    private static readonly string[] ColumnNames = ["Summary", "Description", "Guide", "Sample", "Request example", "Response example"];

    /// <summary>The criterion columns of the operations table, in the order of each row's cells.</summary>
    public IReadOnlyList<string> Columns => ColumnNames;

    public static CoveragePageModel From(VersionCoverage coverage, IReadOnlyList<CoverageCriterion> required, int minimum) => new(
        coverage.Version,
        minimum,
        required.Select(CoverageCriteria.NameOf).ToList(),
        CoverageFigure.Of(coverage.Totals, minimum),
        coverage.Specs.Select(s => new CoverageSpecView(
            s.Title,
            s.Url,
            s.SpecFile,
            CoverageFigure.Of(s.Totals, minimum),
            CoverageCriteria.All.Select(c => new CriterionFigure(CoverageCriteria.NameOf(c), required.Contains(c), s.Totals.ByCriterion[c], s.Totals.PercentOf(c))).ToList(),
            s.Tags.Select(t => new TagFigure(t.Name, CoverageFigure.Of(t.Totals, minimum))).ToList(),
            s.Operations.Select(o => Row(o, required)).ToList())).ToList());

    private static CoverageRowView Row(OperationCoverage o, IReadOnlyList<CoverageCriterion> required) => new(
        o.Method,
        o.Path,
        o.IsWebhook,
        o.Url,
        o.Tag,
        [Cell(o.Summary), Cell(o.Description), Cell(o.Guide), Cell(o.Sample), Cell(o.RequestExample), Cell(o.ResponseExample)],
        o.MeetsAll(required),
        string.Join(", ", o.Missing(required).Select(CoverageCriteria.NameOf)));

    /// <summary>"yes", "no" or "n/a": the class and the text of a table cell.</summary>
    private static string Cell(bool? met) => met switch { true => "yes", false => "no", null => "n/a" };
}

/// <param name="Passes">At or above the minimum (always true when the gate is off).</param>
public sealed record CoverageFigure(int Operations, int Covered, double Percent, bool Passes)
{
    public static CoverageFigure Of(CoverageTotals totals, int minimum) => new(totals.Operations, totals.Covered, totals.Percent, totals.Reaches(minimum));
}

public sealed record CriterionFigure(string Name, bool Required, int Count, double Percent);

public sealed record TagFigure(string Name, CoverageFigure Figure);

public sealed record CoverageSpecView(
    string Title,
    string Url,
    string SpecFile,
    CoverageFigure Figure,
    IReadOnlyList<CriterionFigure> Criteria,
    IReadOnlyList<TagFigure> Tags,
    IReadOnlyList<CoverageRowView> Operations);

/// <param name="Cells">One of yes, no, n/a per <see cref="CoveragePageModel.Columns"/> entry.</param>
/// <param name="Missing">The required criteria it lacks, comma separated; empty when covered.</param>
public sealed record CoverageRowView(string Method, string Path, bool IsWebhook, string Url, string Tag, IReadOnlyList<string> Cells, bool Covered, string Missing);
