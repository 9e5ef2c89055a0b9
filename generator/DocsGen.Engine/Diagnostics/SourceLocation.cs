namespace DocsGen.Diagnostics;

/// <summary>Where a problem was written. Line and column are 1-based; 0 means unknown.</summary>
/// <param name="File">Path relative to the content root when the file is inside it, else as given.</param>
/// <param name="Pointer">A JSON pointer into an OpenAPI document, when the problem lies there.</param>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? Pointer = null)
{
    public override string ToString()
    {
        var at = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return Pointer is null ? at : $"{at} ({Pointer})";
    }
}
