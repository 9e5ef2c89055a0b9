using DocsGen.Diagnostics;

namespace DocsGen.Output.Parts;

public sealed record MergeResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>True when the parts were refused (not parts, of different sites, a version missing or twice): exit code 2.</summary>
    public bool PartsRefused { get; init; }

    public bool Succeeded { get; init; }

    public int Files { get; init; }

    public long Bytes { get; init; }

    public string? OutputDir { get; init; }

    public TimeSpan Elapsed { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
}
