using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Build;

public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>True when the configuration itself could not be used (exit code 2).</summary>
    public bool ConfigFailed { get; init; }

    public bool Succeeded { get; init; }

    public int Pages { get; init; }

    public int Files { get; init; }

    public long Bytes { get; init; }

    /// <summary>Files created, rewritten or deleted when the output was updated in place; null when it was swapped in whole.</summary>
    public int? FilesChanged { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Time per pipeline stage, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>The stages on a timeline, with the CPU, allocations and collections of each (`DOCSGEN_TIMINGS=1`).</summary>
    public IReadOnlyList<StageSpan> Timeline { get; init; } = [];

    public string? OutputDir { get; init; }

    /// <summary>Output-relative paths (forward slashes) of every file in the output; empty when nothing was written.</summary>
    public IReadOnlySet<string> OutputFiles { get; init; } = new HashSet<string>();

    /// <summary>The built site's model, for checks and the dev server; null when the build stopped early.</summary>
    public SiteView? Site { get; init; }

    /// <summary>Documentation coverage of every version's API reference; null when the build stopped before measuring it.</summary>
    public DocsGen.Coverage.SiteCoverage? Coverage { get; init; }

    /// <summary>The URLs of the pages rendered by a partial rebuild of the dev server; null after a whole build (every page).</summary>
    public IReadOnlyList<string>? PagesRendered { get; init; }

    /// <summary>What a partial rebuild of the dev server redid and why, for its log line, e.g. "1 page (guides/x.md: body), search index (2 files changed), 1 twin"; null after a whole build.</summary>
    public string? Rebuilt { get; init; }

    /// <summary>What the dev server keeps of a build it may redo in part; null when the build stopped early.</summary>
    internal BuildState? State { get; init; }

    /// <summary>The APIs whose pages came from .docsgen/cache ("version/api"); empty when every one was built.</summary>
    public IReadOnlyList<string> CachedApis { get; init; } = [];

    /// <summary>The APIs read and modelled (a changelog or the coverage page needs them) whose pages were written from .docsgen/cache, not rendered.</summary>
    public IReadOnlyList<string> CachedApiPages { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
