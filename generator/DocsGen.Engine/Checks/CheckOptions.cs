using DocsGen.Build;
using DocsGen.Checks.External;
using DocsGen.Checks.Samples;

namespace DocsGen.Checks;

public sealed record CheckOptions
{
    /// <summary>Folder holding docsgen.yml.</summary>
    public required string Root { get; init; }

    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Check links to other sites; null follows checks.external.enabled.</summary>
    public bool? External { get; init; }

    /// <summary>The external link cache; null means .docsgen/link-cache.json under the site root.</summary>
    public string? CachePath { get; init; }

    public bool WarningsAsErrors { get; init; }

    /// <summary>Timeouts, retries and limits of the external check (tests shorten them).</summary>
    public ExternalCheckSettings ExternalSettings { get; init; } = new();

    /// <summary>Spec example validation and `--run-samples`.</summary>
    public SampleCheckSettings Samples { get; init; } = new();

    /// <summary>Run the shell blocks marked {run} (`--run-commands`): code from the content, so never by default.</summary>
    public bool RunCommands { get; init; }

    public IProgress<BuildProgress>? Progress { get; init; }
}
