using DocsGen.Diagnostics;

namespace DocsGen.Checks.Samples;

/// <summary>What `docsgen check` does beyond the static sample checks.</summary>
public sealed record SampleCheckSettings
{
    /// <summary>Severity of DG5014 (a spec example that does not fit its schema); null skips the example check.</summary>
    public Severity? SpecExamples { get; init; } = Severity.Warning;

    /// <summary>Send every bound request sample to this server (`--run-samples --server URL`); null does not run them.</summary>
    public Uri? RunServer { get; init; }

    /// <summary>The version whose samples are sent (a server serves one version of the API); null means the current version.</summary>
    public string? RunVersion { get; init; }

    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
