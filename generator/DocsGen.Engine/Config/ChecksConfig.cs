namespace DocsGen.Config;

/// <summary>The `checks:` section: what `docsgen check` requires.</summary>
public sealed record ChecksConfig
{
    /// <summary>Minimum endpoint coverage in percent; 0 disables the gate.</summary>
    public int CoverageMinimum { get; init; }

    /// <summary>Coverage criteria that count: summary, description, guide, sample, example.</summary>
    public IReadOnlyList<string> CoverageRequire { get; init; } = ["summary", "description", "guide", "sample", "example"];

    public bool ExternalLinks { get; init; }

    /// <summary>URL patterns (with * wildcards) never fetched by the external link check.</summary>
    public IReadOnlyList<string> ExternalSkip { get; init; } = [];

    /// <summary>Whether an external link failure is an error rather than a warning.</summary>
    public bool ExternalFailuresAreErrors { get; init; }
}
