using DocsGen.Diagnostics;
using DocsGen.OpenApi.WarmUp;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// The warm-up a build runs beside a big spec's loading only saves time if its document takes the same paths as the
/// spec: of the same version and format, read without errors, with operations, bodies and samples to model.
/// </summary>
public sealed class ApiWarmUpTests
{
    [Theory]
    [InlineData("2.0", "json")]
    [InlineData("2.0", "yaml")]
    [InlineData("3.0", "json")]
    [InlineData("3.0", "yaml")]
    [InlineData("3.1", "json")]
    [InlineData("3.1", "yaml")]
    public async Task The_warm_up_document_of_each_version_reads_cleanly_and_models_operations_with_bodies_and_samples(string version, string format)
    {
        var (model, diagnostics) = await ApiWarmUp.WarmAsync(version, format);

        Assert.NotNull(model);
        Assert.Equal(version, model.SpecVersion);
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Severity == Severity.Error);
        Assert.Equal(3, model.Operations.Count);
        Assert.Contains(model.Operations, o => o.RequestBody is not null);
        Assert.All(model.Operations, o => Assert.Equal(6, o.CodeSamples.Count));
        Assert.Contains(model.Schemas, s => s.Name == "Item" && s.Example is not null);
    }

    [Theory]
    [InlineData("{\n  \"definitions\": { \"a\": { \"type\": \"object\" } },\n  \"swagger\": \"2.0\"\n}", "2.0")]
    [InlineData("components:\n  schemas: {}\nopenapi: 3.0.0\n", "3.0")]
    [InlineData("{\"openapi\":\"3.1.0\",\"info\":{}}", "3.1")]
    [InlineData("'openapi': '3.2.0'\n", "3.2")]
    [InlineData("info: { title: no version field }\n", "3.0")]
    public void The_version_is_read_wherever_the_field_stands(string text, string version) =>
        Assert.Equal(version, ApiWarmUp.VersionOf(text));
}
