using DocsGen.Diagnostics;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A <c>$ref</c> may point below a component (<c>#/components/schemas/X/properties/page</c>): JSON Reference allows
/// any pointer, and Linode's published spec relies on it. Fixture: Fixtures/OpenApi/deep-refs.yaml.
/// </summary>
public sealed class DeepRefTests
{
    [Fact]
    public async Task A_reference_to_a_property_of_a_component_schema_is_that_property()
    {
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("deep-refs.yaml"));

        Assert.True(spec is not null, string.Join("\n", diagnostics.ToList()));
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Code == DiagnosticCodes.SpecUnresolvedRef);
        var body = SpecTestKit.Operation(spec, "listPages").Responses.Single().Content.Single().Schema!;
        var page = body.Properties.Single(p => p.Name == "page");
        Assert.Equal("integer", page.TypeLabel);
        Assert.True(page.ReadOnly);
        // "~1" in a pointer is "/" in the key.
        Assert.Equal("string", body.Properties.Single(p => p.Name == "tilde").TypeLabel);
    }

    [Fact]
    public async Task A_deep_reference_to_another_deep_reference_is_followed_and_a_reference_in_an_example_stays_data()
    {
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("deep-refs.yaml"));

        Assert.True(spec is not null, string.Join("\n", diagnostics.ToList()));
        var response = SpecTestKit.Operation(spec, "listPages").Responses.Single().Content.Single();
        // Linode's Volume.region is itself a reference to Region.id.
        Assert.Equal("string", response.Schema!.Properties.Single(p => p.Name == "region").TypeLabel);
        Assert.Contains("#/components/schemas/PaginationEnvelope/properties/page", response.Examples.Single(e => !e.IsGenerated).Value, StringComparison.Ordinal);
    }
}
