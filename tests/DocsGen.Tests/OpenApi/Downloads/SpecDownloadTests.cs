using AngleSharp.Html.Parser;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi.Downloads;

/// <summary>
/// `docsgen build` writes each API's downloads (OpenAPI as JSON and YAML, a Postman collection) under its landing page,
/// links them there, writes the same bytes every time, and the OpenAPI files read back as the same API.
/// </summary>
public sealed class SpecDownloadTests
{
    private static readonly string[] Files = [ApiDownloads.JsonFile, ApiDownloads.YamlFile, ApiDownloads.PostmanFile];

    [Fact]
    public async Task The_landing_page_links_each_download_and_the_files_are_there()
    {
        using var site = await SpecSite.BuildAsync(Corpus("museum/openapi.yaml"), Corpus("oai-examples/v2.0/yaml/petstore.yaml"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        foreach (var api in new[] { "api0", "api1" })
        {
            var index = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf($"v1/{api}/index.html")));
            var links = index.QuerySelectorAll(".api-downloads a[download]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(Files.Select(f => $"/v1/{api}/downloads/{f}").Order(), links.Order());
            Assert.All(links, href => Assert.True(new FileInfo(site.PathOf(href.TrimStart('/'))).Length > 100, href));
        }
    }

    [Fact]
    public async Task A_spec_the_openapi_writer_rejects_builds_with_a_warning_and_lists_only_the_downloads_made()
    {
        // Something in it the OpenAPI writer cannot write back (a UriFormatException in the writer).
        using var site = await SpecSite.BuildAsync(Corpus("edge-cases/openapi-cos.json"));

        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));
        var warnings = site.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SpecDownloadFailed).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        var index = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("v1/api0/index.html")));
        var links = index.QuerySelectorAll(".api-downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/v1/api0/downloads/" + ApiDownloads.PostmanFile, links);
        Assert.Equal(Files.Length - warnings.Count, links.Count);
        Assert.All(links, href => Assert.True(File.Exists(site.PathOf(href.TrimStart('/'))), href));
    }

    [Fact]
    public async Task Two_builds_write_the_same_bytes()
    {
        using var first = await SpecSite.BuildAsync(Corpus("museum/openapi.yaml"));
        using var second = await SpecSite.BuildAsync(Corpus("museum/openapi.yaml"));

        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(first.PathOf("v1/api0/downloads/" + file)), File.ReadAllBytes(second.PathOf("v1/api0/downloads/" + file)));
        }
    }

    [Theory]
    [InlineData("museum/openapi.yaml", "3.1")]
    [InlineData("oai-examples/v2.0/yaml/petstore.yaml", "2.0")]
    [InlineData("oai-examples/v3.0/uspto.yaml", "3.0")]
    [InlineData("oai-examples/v3.1/webhook-example.yaml", "3.1")]
    [InlineData("multi-file/redocly-openapi-starter/openapi/openapi.yaml", "3.1")]
    [InlineData("edge-cases/food/restaurant/openapi.yaml", "3.0")]
    public async Task The_json_and_yaml_read_back_as_the_same_operations_in_the_same_openapi_version(string relativePath, string version)
    {
        var path = Corpus(relativePath);
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(path, relativePath, diagnostics, CancellationToken.None);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.ToList()));
        var expected = Operations(loaded!);

        var folder = Path.Combine(Path.GetTempPath(), "docsgen-tests", "downloads-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, text) in new[] { ("openapi.json", SpecText.Json(loaded!)), ("openapi.yaml", SpecText.Yaml(loaded!)) })
            {
                var file = Path.Combine(folder, name);
                await File.WriteAllTextAsync(file, text);
                var again = await SpecLoader.LoadAsync(file, name, new DiagnosticBag(), CancellationToken.None);
                Assert.True(again is not null, $"{name} of {relativePath} does not load");
                Assert.Equal(version, again!.SpecVersion);
                Assert.Equal(expected, Operations(again));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Operations(LoadedSpec spec) =>
        [.. (spec.Document.Paths ?? [])
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => o.Key.Method + " " + p.Key + " " + o.Value.OperationId))
            .Concat((spec.Document.Webhooks ?? new Dictionary<string, Microsoft.OpenApi.IOpenApiPathItem>()).Select(w => "webhook " + w.Key))
            .Order(StringComparer.Ordinal)];

    private static string Corpus(string relative) => Path.Combine(TestPaths.CorpusSpecs, relative);
}
