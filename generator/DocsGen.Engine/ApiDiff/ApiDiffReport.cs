namespace DocsGen.ApiDiff;

/// <summary>Every change between two API descriptions, worst first, in a stable order.</summary>
public sealed class ApiDiffReport
{
    internal ApiDiffReport(IEnumerable<ApiChange> changes)
    {
        Changes = [.. changes.Order(ApiChangeOrder.Instance)];
        Counts = ChangeLevels.WorstFirst.ToDictionary(level => level, level => Changes.Count(c => c.Level == level));
    }

    public IReadOnlyList<ApiChange> Changes { get; }

    /// <summary>Number of changes per level; every level is present, zero included.</summary>
    public IReadOnlyDictionary<ChangeLevel, int> Counts { get; }

    public bool IsEmpty => Changes.Count == 0;

    public bool HasAtOrAbove(ChangeLevel level) => Changes.Any(c => c.Level >= level);
}
