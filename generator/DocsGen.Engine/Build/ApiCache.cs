using System.Collections.Concurrent;
using System.Security.Cryptography;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;

namespace DocsGen.Build;

/// <summary>
/// Specs read, and API models built, by the earlier builds of one process (the dev server), reused while
/// the spec's file is byte for byte the same: reading and modelling Stripe's spec takes about two seconds,
/// and most saves touch only a guide. The diagnostics of the first pass are reported again on every reuse.
/// A spec that $refs other files, or that failed to load, is read anew each time: what changed may lie in another file.
/// Builds share what is kept one after another, never at once, and nothing changes a loaded document or
/// a model after it is built (the guides that use an operation are the site model's, <see cref="SiteModel.SiteView.GuidesUsing"/>).
/// </summary>
public sealed class ApiCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal async Task<LoadedSpec?> LoadAsync(string absolutePath, string displayPath, ReadRoots roots, DiagnosticBag diagnostics, CancellationToken ct)
    {
        if (TextFiles.ReadBytes(roots, absolutePath, displayPath, new SourceLocation(displayPath), new DiagnosticBag(), TextFiles.MaxSpecBytes) is not { } bytes)
        {
            // The loader reports the problem.
            _entries.TryRemove(absolutePath, out _);
            return await SpecLoader.LoadAsync(absolutePath, displayPath, roots, diagnostics, ct).ConfigureAwait(false);
        }

        var hash = SHA256.HashData(bytes);
        if (_entries.TryGetValue(absolutePath, out var cached) && cached.DisplayPath == displayPath && cached.Hash.AsSpan().SequenceEqual(hash))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Spec;
        }

        var own = new DiagnosticBag();
        var spec = await SpecLoader.LoadAsync(absolutePath, displayPath, roots, own, ct).ConfigureAwait(false);
        diagnostics.AddRange(own.ToList());
        // Kept: a spec read whole from this one file. A failed read is tried again next time, since what
        // failed may lie outside this file (a bundled file that was missing).
        if (spec is { ReadOtherFiles: false })
        {
            _entries[absolutePath] = new Entry(hash, displayPath, spec, own.ToList());
        }
        else
        {
            _entries.TryRemove(absolutePath, out _);
        }

        return spec;
    }

    /// <summary>The model of a spec this cache keeps, built once for each API config that uses it.</summary>
    internal ApiSpec Model(LoadedSpec spec, ApiConfig config, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(spec.AbsolutePath, out var entry) || !ReferenceEquals(entry.Spec, spec))
        {
            return ApiModelBuilder.Build(spec, config, diagnostics);
        }

        if (!entry.Models.TryGetValue(config, out var built))
        {
            var own = new DiagnosticBag();
            built = entry.Models[config] = (ApiModelBuilder.Build(spec, config, own), own.ToList());
        }

        diagnostics.AddRange(built.Diagnostics);
        return built.Model;
    }

    /// <summary>Whether the last read of this file was kept for reuse (for tests).</summary>
    internal bool Holds(string absolutePath) => _entries.ContainsKey(absolutePath);

    private sealed record Entry(byte[] Hash, string DisplayPath, LoadedSpec Spec, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public ConcurrentDictionary<ApiConfig, (ApiSpec Model, IReadOnlyList<Diagnostic> Diagnostics)> Models { get; } = new();
    }
}
