namespace DocsGen.Config;

/// <summary>One thing an operation needs to count as documented (checks.coverage.require).</summary>
public enum CoverageCriterion
{
    /// <summary>A non-empty summary.</summary>
    Summary,

    /// <summary>A non-empty description.</summary>
    Description,

    /// <summary>A guide links to it (api: link or a link to its page) or binds a sample to it.</summary>
    Guide,

    /// <summary>A guide request sample is bound to it, or the spec has x-codeSamples for it.</summary>
    Sample,

    /// <summary>The spec has an example of its request body (when it has one) and of a success response.</summary>
    Example,
}

/// <summary>The names docsgen.yml uses for <see cref="CoverageCriterion"/>.</summary>
public static class CoverageCriteria
{
    public static IReadOnlyList<CoverageCriterion> All { get; } = Enum.GetValues<CoverageCriterion>();

    public static IReadOnlyList<string> Names { get; } = All.Select(NameOf).ToList();

    public static string NameOf(CoverageCriterion criterion) => criterion.ToString().ToLowerInvariant();

    /// <summary>The criterion a name stands for ("examples" is accepted for "example"); null when unknown.</summary>
    public static CoverageCriterion? TryParse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "summary" => CoverageCriterion.Summary,
        "description" => CoverageCriterion.Description,
        "guide" or "guides" => CoverageCriterion.Guide,
        "sample" or "samples" => CoverageCriterion.Sample,
        "example" or "examples" => CoverageCriterion.Example,
        _ => null,
    };
}
