namespace DocsGen.ApiDiff;

/// <summary>What <c>--fail-on breaking|potentially-breaking</c> turns a report into.</summary>
public static class ApiDiffExitCode
{
    public const int Success = 0;
    public const int ChangesAtOrAboveThreshold = 1;
    public const int InvalidThreshold = 2;

    /// <summary>1 when the report has a change at or above <paramref name="failOn"/>, 0 otherwise.</summary>
    public static int For(ApiDiffReport report, ChangeLevel failOn) =>
        report.HasAtOrAbove(failOn) ? ChangesAtOrAboveThreshold : Success;

    /// <summary>Same, with the threshold as typed on the command line; an unknown name gives 2.</summary>
    public static int For(ApiDiffReport report, string failOn) =>
        ChangeLevels.TryParse(failOn, out var level) ? For(report, level) : InvalidThreshold;
}
