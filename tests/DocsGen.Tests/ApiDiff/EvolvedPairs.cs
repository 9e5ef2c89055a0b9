using System.Collections.Concurrent;
using DocsGen.ApiDiff;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.ApiDiff.Evolution;
using Microsoft.OpenApi;

namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// Each corpus spec diffed once against its evolved version, written to disk and read back as
/// `docsgen diff` would read it, shared by the tests of a class (loading a 4 MB spec is the slow part).
/// </summary>
public sealed class EvolvedPairs
{
    private readonly ConcurrentDictionary<string, Lazy<Task<EvolvedPair>>> pairs = new(StringComparer.Ordinal);

    internal Task<EvolvedPair> DiffAsync(string file) =>
        pairs.GetOrAdd(file, f => new Lazy<Task<EvolvedPair>>(() => LoadAsync(f))).Value;

    private static async Task<LoadedSpec> LoadSpecAsync(string path)
    {
        var diagnostics = new DiagnosticBag();
        return await SpecLoader.LoadAsync(path, Path.GetFileName(path), diagnostics, CancellationToken.None)
            ?? throw new InvalidOperationException($"{path} did not load: {string.Join("; ", diagnostics.ToList().Select(d => d.Message))}");
    }

    private static async Task<EvolvedPair> LoadAsync(string file)
    {
        var path = TestSpecs.CorpusSpec(file);
        var oldSpec = await LoadSpecAsync(path);
        var evolver = Evolutions.Evolve(file, await LoadSpecAsync(path));
        var evolvedPath = Path.Combine(Path.GetTempPath(), $"docsgen-evolved-{Guid.NewGuid():N}.json");
        try
        {
            await using (var stream = File.Create(evolvedPath))
                await evolver.Document.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);
            return new EvolvedPair(ApiDiffer.Compare(oldSpec, await LoadSpecAsync(evolvedPath)), evolver);
        }
        finally
        {
            File.Delete(evolvedPath);
        }
    }
}

internal sealed record EvolvedPair(ApiDiffReport Report, SpecEvolver Evolver);
