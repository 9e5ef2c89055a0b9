using DocsGen.Build;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.Serve;

/// <summary>The dev server reads a spec again only when its file changed.</summary>
public sealed class ApiCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docsgen-api-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_unchanged_spec_is_read_once_and_its_warnings_are_reported_on_every_build()
    {
        var spec = Write("api.yaml", Spec("List pets", duplicateOperationId: true));
        var cache = new ApiCache();

        var (first, firstDiagnostics) = await LoadAsync(cache, spec);
        var (second, secondDiagnostics) = await LoadAsync(cache, spec);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Contains(firstDiagnostics, d => d.Code == DiagnosticCodes.SpecDuplicateOperationId);
        Assert.Equal(firstDiagnostics, secondDiagnostics);
    }

    [Fact]
    public async Task A_changed_spec_is_read_again()
    {
        var spec = Write("api.yaml", Spec("List pets"));
        var cache = new ApiCache();
        var (first, _) = await LoadAsync(cache, spec);

        File.WriteAllText(spec, Spec("List every pet"));
        var (second, _) = await LoadAsync(cache, spec);

        Assert.NotSame(first, second);
        Assert.Equal("List every pet", second!.Document.Paths["/pets"].Operations!.Values.First().Summary);
    }

    [Fact]
    public async Task A_spec_that_refers_to_other_files_is_read_anew_every_time()
    {
        Write("pet.yaml", "type: object\nproperties:\n  name: {type: string}\n");
        var spec = Write("api.yaml", Spec("List pets").Replace("schema: {type: object}", "schema: {$ref: './pet.yaml'}", StringComparison.Ordinal));
        var cache = new ApiCache();

        var (first, _) = await LoadAsync(cache, spec);
        var (second, _) = await LoadAsync(cache, spec);

        Assert.NotNull(first);
        Assert.NotSame(first, second);
        Assert.False(cache.Holds(spec));
    }

    [Fact]
    public async Task A_spec_that_cannot_be_read_reports_its_error_every_time()
    {
        var spec = Write("api.yaml", "openapi: 3.0.3\ninfo: [not, a, map\n");
        var cache = new ApiCache();

        var (first, firstDiagnostics) = await LoadAsync(cache, spec);
        var (second, secondDiagnostics) = await LoadAsync(cache, spec);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Contains(firstDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(firstDiagnostics, secondDiagnostics);
    }

    [Fact]
    public async Task A_kept_spec_is_modelled_once_for_each_api_config()
    {
        var spec = Write("api.yaml", Spec("List pets", duplicateOperationId: true));
        var cache = new ApiCache();
        var (loaded, _) = await LoadAsync(cache, spec);
        var pets = new ApiConfig { Spec = spec, Prefix = "api", Id = "pets" };
        var diagnostics = new DiagnosticBag();

        var first = cache.Model(loaded!, pets, diagnostics);
        var again = cache.Model(loaded!, pets with { }, diagnostics);
        var elsewhere = cache.Model(loaded!, pets with { Prefix = "pets-api" }, diagnostics);

        Assert.Same(first, again);
        Assert.NotSame(first, elsewhere);
        Assert.StartsWith("pets-api/", elsewhere.Operations[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_read_again_gets_a_new_model()
    {
        var spec = Write("api.yaml", Spec("List pets"));
        var cache = new ApiCache();
        var config = new ApiConfig { Spec = spec, Prefix = "api", Id = "pets" };
        var (first, _) = await LoadAsync(cache, spec);
        var before = cache.Model(first!, config, new DiagnosticBag());

        File.WriteAllText(spec, Spec("List every pet"));
        var (second, _) = await LoadAsync(cache, spec);
        var after = cache.Model(second!, config, new DiagnosticBag());

        Assert.NotSame(before, after);
        Assert.Equal("List every pet", after.Operations[0].Summary);
    }

    private static async Task<(LoadedSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics)> LoadAsync(ApiCache cache, string path)
    {
        var diagnostics = new DiagnosticBag();
        var spec = await cache.LoadAsync(path, "api.yaml", DocsGen.Files.ReadRoots.ForCommandLineFile(path), diagnostics, CancellationToken.None);
        return (spec, diagnostics.ToList());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Spec(string summary, bool duplicateOperationId = false) => $$"""
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              summary: {{summary}}
              responses:
                "200":
                  description: The pets.
                  content:
                    application/json:
                      schema: {type: object}
            post:
              operationId: {{(duplicateOperationId ? "listPets" : "createPet")}}
              responses:
                "201": {description: Created.}
        """;
}
