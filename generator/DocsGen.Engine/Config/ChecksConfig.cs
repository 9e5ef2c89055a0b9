namespace DocsGen.Config;

/// <summary>The `checks:` section: what `docsgen check` requires.</summary>
public sealed record ChecksConfig
{
    /// <summary>Minimum endpoint coverage in percent; 0 disables the gate.</summary>
    public int CoverageMinimum { get; init; }

    /// <summary>What an operation needs to count as covered; the gate measures the share of operations that meet all of them.</summary>
    public IReadOnlyList<CoverageCriterion> CoverageRequire { get; init; } = CoverageCriteria.All;

    /// <summary>Whether each version gets a coverage page for writers at /VERSION/coverage/ (noindex, outside search and sitemap).</summary>
    public bool CoveragePage { get; init; }

    /// <summary>Severity of a link to a page or file that does not exist (default: error).</summary>
    public DocsGen.Diagnostics.Severity BrokenLinks { get; init; } = DocsGen.Diagnostics.Severity.Error;

    /// <summary>Severity of a link to a missing #anchor on an existing page (default: warning, like Docusaurus).</summary>
    public DocsGen.Diagnostics.Severity BrokenAnchors { get; init; } = DocsGen.Diagnostics.Severity.Warning;

    public bool ExternalLinks { get; init; }

    /// <summary>URL patterns (with * wildcards) never fetched by the external link check.</summary>
    public IReadOnlyList<string> ExternalSkip { get; init; } = [];

    /// <summary>Whether an external link failure is an error rather than a warning.</summary>
    public bool ExternalFailuresAreErrors { get; init; }

    /// <summary>How `--run-commands` runs the {run} blocks.</summary>
    public CommandsConfig Commands { get; init; } = new();
}
