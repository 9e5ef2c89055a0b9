using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;

namespace DocsGen.Tests.OpenApi;

/// <summary>Loads a spec and builds its model the way the engine does.</summary>
internal static class SpecTestKit
{
    public static ApiConfig Config(string specPath, string prefix = "api") =>
        new() { Spec = specPath, Prefix = prefix, Id = "test" };

    public static async Task<(ApiSpec? Spec, DiagnosticBag Diagnostics)> BuildAsync(string path, string prefix = "api")
    {
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(path, Path.GetFileName(path), diagnostics, CancellationToken.None);
        if (loaded is null)
        {
            return (null, diagnostics);
        }

        return (ApiModelBuilder.Build(loaded, Config(path, prefix), diagnostics), diagnostics);
    }

    public static async Task<ApiSpec> BuildFixtureAsync(string name)
    {
        var (spec, diagnostics) = await BuildAsync(TestPaths.Fixture(name));
        Assert.True(spec is not null, $"{name} did not load: {string.Join("\n", diagnostics.ToList())}");
        return spec!;
    }

    public static ApiOperation Operation(ApiSpec spec, string id) =>
        spec.Operations.Concat(spec.Webhooks).Single(o => o.Id == id);

    public static ApiSchema Schema(ApiSpec spec, string name) => spec.Schemas.Single(s => s.Name == name);
}
