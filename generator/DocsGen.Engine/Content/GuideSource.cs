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

    /// <summary>
    /// When <see cref="Text"/> holds more than the file (MkDocs snippets included into it), the file's 1-based line
    /// for each 0-based line of <see cref="Text"/>; null when they are the same lines.
    /// </summary>
    public IReadOnlyList<int>? LineMap { get; init; }

    /// <summary>The file's 1-based line for the 0-based line <paramref name="textLine"/> of <see cref="Text"/>.</summary>
    public int FileLine(int textLine) =>
        LineMap is { Count: > 0 } map ? map[Math.Clamp(textLine, 0, map.Count - 1)] : textLine + 1;

    /// <summary>True for index.md, _index.md and README.md: the page of its folder.</summary>
    public bool IsSectionIndex { get; init; }
}
