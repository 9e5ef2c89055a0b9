using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Loading;

/// <summary>A parsed OpenAPI document. Only the model builder looks inside <see cref="Document"/>.</summary>
/// <param name="SpecVersion">"2.0", "3.0", "3.1" or "3.2": the version the document was written in.</param>
/// <param name="DisplayPath">The path diagnostics print, e.g. relative to the site root.</param>
public sealed record LoadedSpec(OpenApiDocument Document, string SpecVersion, string DisplayPath, string AbsolutePath)
{
    /// <summary>True when the spec $refs other files, which were bundled in: the document depends on more than its own file.</summary>
    public bool ReadOtherFiles { get; init; }

    /// <summary>The other files the spec's $refs led to (absolute paths, sorted), read or not: what else the document depends on.</summary>
    public IReadOnlyList<string> OtherFiles { get; init; } = [];

    /// <summary>SHA-256 of the spec file's bytes as the loader read them: what was built from, for the disk cache's key (Build/Cache).</summary>
    public byte[] SourceHash { get; init; } = [];

    private readonly Lazy<LostSchemaKeywords>? lostKeywords;

    /// <summary>The text the reader read (bundled JSON for a multi-file spec): the source of <see cref="LostKeywords"/>.</summary>
    internal string Text
    {
        init => lostKeywords = new(() => LostSchemaKeywords.Find(Document, SpecVersion, value));
    }

    /// <summary>Schema keywords the reader dropped, read from the spec's text on first use (only the API diff needs them).</summary>
    public LostSchemaKeywords LostKeywords => lostKeywords?.Value ?? LostSchemaKeywords.None;
}
