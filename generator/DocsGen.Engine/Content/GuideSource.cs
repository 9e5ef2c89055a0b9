namespace DocsGen.Content;

/// <summary>A Markdown file of one version, read and with its front matter parsed.</summary>
public sealed record GuideSource
{
    public required string Version { get; init; }

    /// <summary>Absolute path on disk.</summary>
    public required string FullPath { get; init; }

    /// <summary>Path relative to the content root, with forward slashes, for diagnostics.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>Path relative to the version folder, forward slashes (e.g. guides/auth.md).</summary>
    public required string VersionPath { get; init; }

    /// <summary>Whole file text, front matter included, so Markdown line numbers match the file.</summary>
    public required string Text { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>True for index.md, _index.md and README.md: the page of its folder.</summary>
    public bool IsSectionIndex { get; init; }
}
