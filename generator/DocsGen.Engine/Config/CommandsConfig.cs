namespace DocsGen.Config;

/// <summary>
/// The `checks.commands:` section: how `docsgen check --run-commands` runs the shell blocks marked
/// {run}. Running them is never implied by this section; only the option runs code from content.
/// </summary>
public sealed record CommandsConfig
{
    /// <summary>Absolute folder copied afresh for each page whose blocks run; null starts each page in an empty folder.</summary>
    public string? WorkDir { get; init; }

    /// <summary>Longest a block may run before it is stopped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether blocks may reach the network; without it they run in a network namespace of their own.</summary>
    public bool Network { get; init; }

    /// <summary>Environment variables set for the blocks, besides PATH, HOME, TMPDIR, LANG and TZ.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();
}
