using DocsGen.Diagnostics;

namespace DocsGen.Checks;

/// <summary>Everything `docsgen check` found, with the figures the summary shows.</summary>
public sealed record CheckReport
{
    /// <summary>The build's diagnostics followed by the checks', sorted by file, line, column.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The configuration could not be used (exit code 2).</summary>
    public bool ConfigFailed { get; init; }

    /// <summary>The build had errors, so the built site could not be checked.</summary>
    public bool BuildFailed { get; init; }

    public int Pages { get; init; }

    public int FilesScanned { get; init; }

    public int LinksChecked { get; init; }

    /// <summary>Guide code blocks checked against an operation of the spec (requests and response examples).</summary>
    public int SamplesChecked { get; init; }

    /// <summary>Examples written in the specs, validated against their schemas.</summary>
    public int SpecExamplesChecked { get; init; }

    /// <summary>Samples sent to the `--run-samples` server, and bound samples that could not be sent as written.</summary>
    public int SamplesRun { get; init; }

    /// <summary>Shell blocks run by --run-commands, and on how many pages.</summary>
    public int CommandsRun { get; init; }

    public int CommandPages { get; init; }

    public TimeSpan? CommandTime { get; init; }

    public int SamplesRunSkipped { get; init; }

    public TimeSpan SampleTime { get; init; }

    public int ExternalChecked { get; init; }

    public int ExternalFetched { get; init; }

    public int ExternalSkipped { get; init; }

    /// <summary>Documentation coverage of the API reference; null when the build failed.</summary>
    public DocsGen.Coverage.SiteCoverage? Coverage { get; init; }

    public TimeSpan BuildTime { get; init; }

    public TimeSpan LinkCheckTime { get; init; }

    public TimeSpan ExternalTime { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Passed => !ConfigFailed && !BuildFailed && Errors == 0;
}
