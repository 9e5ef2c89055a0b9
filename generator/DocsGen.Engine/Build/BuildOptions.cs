namespace DocsGen.Build;

public sealed record BuildOptions
{
    /// <summary>Folder holding docsgen.yml.</summary>
    public required string Root { get; init; }

    /// <summary>Overrides the config's output folder.</summary>
    public string? Output { get; init; }

    /// <summary>Overrides the config's baseUrl (e.g. for preview deployments).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Serve everything under "/" whatever the base URL says (the dev server).</summary>
    public bool RootBasePath { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Writes the site even when there are errors, and shows them on every page (the dev server).</summary>
    public bool Preview { get; init; }

    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// Build only these versions' part of the site (`docsgen build --only`), for `docsgen merge` to join; null
    /// builds the whole site. See <see cref="Parts.BuildPart"/>.
    /// </summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>
    /// Rewrites only the output files whose bytes changed, in the output folder itself, and deletes the
    /// rest (the dev server's own folder). Off: the site is written aside and swapped in whole.
    /// </summary>
    public bool UpdateInPlace { get; init; }

    /// <summary>Specs read and modelled by earlier builds, reused while their files are unchanged (the dev server); null reads each afresh.</summary>
    public ApiCache? Cache { get; init; }

    /// <summary>
    /// Keep each API's pages in <c>.docsgen/cache</c> and reuse them while its spec and the rest of the site are unchanged
    /// (`docsgen build`, unless --no-cache): see <see cref="Cache.KeptApis"/>. Off for the dev server, parts and checks.
    /// </summary>
    public bool UseDiskCache { get; init; }

    /// <summary>False when a build starts over because a reused entry was made for another site: it then only writes entries.</summary>
    internal bool ReuseKept { get; init; } = true;

    public IProgress<BuildProgress>? Progress { get; init; }
}

/// <summary>A step of a build, for progress display.</summary>
public sealed record BuildProgress(string Stage, int Done, int Total);
