using DocsGen.Tests.OpenApi;

namespace DocsGen.Tests.Cache;

/// <summary>
/// Real specs through the cache: a site around each corpus spec is built with the cache, a guide is edited, and the
/// warm build must reuse the API and write the bytes a build without the cache writes. Every corpus spec in the slow
/// run; a real subset (a 3.1 spec with a webhook, a 48-file spec, Swagger 2.0) in the normal one.
/// </summary>
public sealed class BuildCacheCorpusTests
{
    public static TheoryData<string> Subset() =>
    [
        "museum/openapi.yaml",
        "multi-file/redocly-openapi-starter/openapi/openapi.yaml",
        "oai-examples/v2.0/yaml/petstore.yaml",
    ];

    /// <summary>Every spec file of the corpus, as CorpusTests reads them.</summary>
    public static TheoryData<string> AllSpecs() => CorpusTests.Specs();

    [Theory]
    [MemberData(nameof(Subset))]
    public Task A_real_spec_is_reused_after_a_guide_edit_and_gives_the_bytes_of_a_build_without_the_cache(string spec) => AssertReusedAsync(spec);

    [Theory]
    [MemberData(nameof(AllSpecs))]
    [Trait("Category", "Slow")]
    public Task Every_corpus_spec_is_reused_after_a_guide_edit_and_gives_the_bytes_of_a_build_without_the_cache(string spec) => AssertReusedAsync(spec);

    private static async Task AssertReusedAsync(string relative)
    {
        var spec = Path.Combine(TestPaths.CorpusSpecs, relative);
        Assert.True(File.Exists(spec), $"Corpus spec {relative} is missing: these tests need the shared corpus next to the repository.");
        using var site = CachedSite.Empty();
        site.Write("docsgen.yml", $"""
            title: Corpus
            baseUrl: https://corpus.example/
            readRoots: ['{TestPaths.CorpusSpecs.Replace("'", "''", StringComparison.Ordinal)}']
            versions:
              - id: v1
                apis:
                  - id: api
                    spec: '{spec.Replace("'", "''", StringComparison.Ordinal)}'
                    prefix: api
            """);
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\nThe API reference.\n");
        await site.WithCacheAsync();

        site.Append("versions/v1/index.md", "\nOne more line.\n");
        var (warm, output) = await site.WithCacheAsync();

        Assert.Equal(["v1/api"], warm.CachedApis);
        CachedSite.AssertSameFiles(await site.ColdAsync(), output);
    }
}
