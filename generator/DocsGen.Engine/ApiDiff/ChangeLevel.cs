namespace DocsGen.ApiDiff;

/// <summary>How much a change can hurt an existing client. Ordered: a higher value is worse.</summary>
public enum ChangeLevel
{
    Informational = 0,
    NonBreaking = 1,
    PotentiallyBreaking = 2,
    Breaking = 3,
}

public static class ChangeLevels
{
    /// <summary>Every level, worst first: the order reports and documentation use.</summary>
    public static IReadOnlyList<ChangeLevel> WorstFirst { get; } =
        [ChangeLevel.Breaking, ChangeLevel.PotentiallyBreaking, ChangeLevel.NonBreaking, ChangeLevel.Informational];

    /// <summary>The stable kebab-case name used in JSON, docs and on the command line.</summary>
    public static string Name(this ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "breaking",
        ChangeLevel.PotentiallyBreaking => "potentially-breaking",
        ChangeLevel.NonBreaking => "non-breaking",
        _ => "informational",
    };

    public static bool TryParse(string? text, out ChangeLevel level)
    {
        foreach (var candidate in WorstFirst)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }
}
