namespace DocsGen.Tests.OpenApi;

/// <summary>The whole view model of small specs, one per OpenAPI version, reviewed as JSON files.</summary>
public sealed class GoldenModelTests
{
    [Theory]
    [InlineData("swagger-2.0.json", "swagger-2.0.json")]
    [InlineData("petstore-3.0.yaml", "petstore-3.0.json")]
    [InlineData("features-3.1.yaml", "features-3.1.json")]
    [InlineData("features-3.2.yaml", "features-3.2.json")]
    [InlineData("split/openapi.yaml", "split.json")]
    public async Task View_model_matches_golden_file(string fixture, string golden)
    {
        var spec = await SpecTestKit.BuildFixtureAsync(fixture);

        GoldenFile.AssertMatches(spec, golden);
    }
}
