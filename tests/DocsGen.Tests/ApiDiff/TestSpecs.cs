using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// Loads OpenAPI documents for the diff tests. The shared spec loader belongs to another stage;
/// this is the minimum the tests need, kept here on purpose.
/// </summary>
internal static class TestSpecs
{
    public static async Task<OpenApiDocument> LoadAsync(string path)
    {
        var (document, diagnostic) = await OpenApiDocument.LoadAsync(path, Settings());
        return document ?? throw new InvalidOperationException(
            $"{path} did not load: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
    }

    public static OpenApiDocument Parse(string yaml)
    {
        var result = OpenApiDocument.Parse(yaml, "yaml", Settings());
        return result.Document ?? throw new InvalidOperationException(
            $"YAML did not parse: {string.Join("; ", result.Diagnostic?.Errors.Select(e => e.Message) ?? [])}");
    }

    /// <summary>
    /// <paramref name="yaml"/> read as <c>docsgen diff</c> reads a file: through the spec loader, which also
    /// finds the schema keywords Microsoft.OpenApi drops (3.0 nullable without type, if/then/else, contains).
    /// </summary>
    public static LoadedSpec Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docsgen-diff-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var diagnostics = new DiagnosticBag();
            return SpecLoader.LoadAsync(path, Path.GetFileName(path), diagnostics, CancellationToken.None).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"YAML did not load: {string.Join("; ", diagnostics.ToList().Select(d => d.Message))}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static OpenApiReaderSettings Settings()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return settings;
    }

    /// <summary>The repository root: the folder holding DocsGen.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// A spec from the shared corpus: <c>../shared/corpus</c> beside the repository, looked for in
    /// each folder above it too, so a git worktree one level deeper finds it as well.
    /// </summary>
    public static string CorpusSpec(string relativePath)
    {
        for (var dir = Directory.GetParent(RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", "specs", relativePath);
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException(
            $"Corpus spec missing: shared/corpus/specs/{relativePath} above {RepositoryRoot()}. The API diff tests need /work/shared/corpus (see its README).");
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ApiDiff", name);
}
