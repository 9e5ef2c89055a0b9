namespace DocsGen.Output.Parts;

public sealed record MergeOptions
{
    /// <summary>Folders written by <c>docsgen build --only</c>, one per part, in any order.</summary>
    public required IReadOnlyList<string> Parts { get; init; }

    /// <summary>Where the joined site goes; written aside and swapped in like a build.</summary>
    public required string Output { get; init; }
}
