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

    public static string CorpusSpec(string relativePath)
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "specs"));
        var path = Path.Combine(corpus, relativePath);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Corpus spec missing: {path}. The API diff tests need /work/shared/corpus (see its README).");
        return path;
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ApiDiff", name);
}
