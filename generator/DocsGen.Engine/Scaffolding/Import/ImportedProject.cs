namespace DocsGen.Scaffolding.Import;

/// <summary>
/// What an importer read from another generator's project: the site's settings and, per version, the folder of
/// Markdown to copy and where it goes. Paths are absolute on the source side, relative to the new site on the other.
/// </summary>
internal sealed record ImportedProject
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? BaseUrl { get; init; }

    public required string Dialect { get; init; }

    public required IReadOnlyList<ImportedVersion> Versions { get; init; }

    /// <summary>Top-level navigation order (page slugs or folders), from the project's nav or sidebar.</summary>
    public IReadOnlyList<string> Nav { get; init; } = [];

    /// <summary>The whole sidebar as docsgen.yml's nav lines (MkDocs' spelling), when the project writes one out; it replaces <see cref="Nav"/>.</summary>
    public IReadOnlyList<string> NavTree { get; init; } = [];

    /// <summary>Other files and folders the pages need (snippets, static files): source path -> path in the site.</summary>
    public IReadOnlyList<(string Source, string Target)> Extras { get; init; } = [];

    /// <summary>Lines for docsgen.yml's markdown section after the dialect (snippets), already indented by two spaces.</summary>
    public IReadOnlyList<string> MarkdownSettings { get; init; } = [];

    /// <summary>Site-wide parameters for docsgen.yml's params (Hugo's [params], by dotted name).</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();
}

internal sealed record ImportedVersion(string Id, string Label, bool Current, string SourceDir, string TargetDir)
{
    /// <summary>The version's own sidebar as nav lines (indented as the site's), when it differs from the site's nav.</summary>
    public IReadOnlyList<string> NavTree { get; init; } = [];

    /// <summary>
    /// Files (relative to <see cref="SourceDir"/>, '/'-separated) the other generator does not publish as pages, only
    /// pulls into other pages: they go to the site's includes/ folder, out of the version, with the same relative path.
    /// </summary>
    public IReadOnlySet<string> IncludeOnly { get; init; } = new HashSet<string>();
}
