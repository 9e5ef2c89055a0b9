using DocsGen.Diagnostics;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi.Downloads;

/// <summary>
/// A cold build writes a spec's YAML and JSON downloads on the other core while the model is built from the same
/// document. Reading one document from two threads must not change a byte: the downloads a build writes are the
/// ones the OpenAPI writer gives for that document alone, for every OpenAPI version and for the big real specs.
/// </summary>
public sealed class DownloadsBesideModelTests
{
    [Theory]
    [InlineData("museum/openapi.yaml")]
    [InlineData("oai-examples/v2.0/yaml/petstore.yaml")]
    [InlineData("oai-examples/v3.0/uspto.yaml")]
    [InlineData("oai-examples/v3.1/webhook-example.yaml")]
    [InlineData("apis-guru/adyen.com__CheckoutService__40__openapi.yaml")]
    [InlineData("oai-examples/v3.2/3.2-tags-example.yaml")]
    [InlineData("multi-file/redocly-openapi-starter/openapi/openapi.yaml")]
    [InlineData("edge-cases/food/restaurant/openapi.yaml")]
    public Task Downloads_of_a_small_spec_equal_the_document_written_alone(string relativePath) => AssertSameDownloadsAsync(relativePath);

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("stripe-2023-09-12.yaml")]
    [InlineData("github-2022-06-11.json")]
    [InlineData("kubernetes-1.36-swagger.json")]
    public Task Downloads_of_a_big_spec_equal_the_document_written_alone(string relativePath) => AssertSameDownloadsAsync(relativePath);

    private static async Task AssertSameDownloadsAsync(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        Assert.True(File.Exists(path), $"The corpus spec {path} is missing (../shared/corpus beside the checkout).");
        using var site = await SpecSite.BuildAsync(path);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        var diagnostics = new DiagnosticBag();
        var alone = await SpecLoader.LoadAsync(path, relativePath, diagnostics, CancellationToken.None);
        Assert.True(alone is not null, string.Join('\n', diagnostics.ToList()));
        Assert.Equal(SpecText.Yaml(alone!), File.ReadAllText(site.PathOf("v1/api0/downloads/" + ApiDownloads.YamlFile)));
        Assert.Equal(SpecText.Json(alone!), File.ReadAllText(site.PathOf("v1/api0/downloads/" + ApiDownloads.JsonFile)));
    }
}
