using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using DocsGen.Diagnostics;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Specs read by the earlier builds of one process (the dev server), reused while the file is byte for
/// byte the same: reading Stripe's spec takes about a second, and most saves touch only a guide. The
/// diagnostics of the first read are reported again on every reuse. A spec that $refs other files is read
/// anew each time, since a change in one of those files would go unseen.
/// Nothing changes a loaded document after it is read, so builds that run one after another can share it.
/// </summary>
public sealed class SpecCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal async Task<LoadedSpec?> LoadAsync(string absolutePath, string displayPath, DiagnosticBag diagnostics, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(absolutePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The loader reports the problem.
            _entries.TryRemove(absolutePath, out _);
            return await SpecLoader.LoadAsync(absolutePath, displayPath, diagnostics, ct).ConfigureAwait(false);
        }

        var hash = SHA256.HashData(bytes);
        if (_entries.TryGetValue(absolutePath, out var cached) && cached.DisplayPath == displayPath && cached.Hash.AsSpan().SequenceEqual(hash))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Spec;
        }

        var own = new DiagnosticBag();
        var spec = await SpecLoader.LoadAsync(absolutePath, displayPath, own, ct).ConfigureAwait(false);
        diagnostics.AddRange(own.ToList());
        if (SpecLoader.RefersToOtherFiles(Encoding.UTF8.GetString(bytes)))
        {
            _entries.TryRemove(absolutePath, out _);
        }
        else
        {
            _entries[absolutePath] = new Entry(hash, displayPath, spec, own.ToList());
        }

        return spec;
    }

    /// <summary>Whether the last read of this file was kept for reuse (for tests).</summary>
    internal bool Holds(string absolutePath) => _entries.ContainsKey(absolutePath);

    private sealed record Entry(byte[] Hash, string DisplayPath, LoadedSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics);
}
