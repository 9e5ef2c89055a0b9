using DocsGen.Checks.Examples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.OpenApi;

namespace DocsGen.Tests.Checks.Examples;

/// <summary>DG5014: a spec's own examples are validated against their schemas, and each problem points at the spec line.</summary>
public sealed class SpecExampleCheckTests
{
    [Fact]
    public async Task Each_wrong_example_is_reported_at_the_line_of_the_offending_value()
    {
        var findings = await CheckAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checks", "examples", "wrong-examples.yaml"), "wrong-examples.yaml");

        Assert.All(findings, f => Assert.Equal((DiagnosticCodes.SpecExampleInvalid, Severity.Warning), (f.Code, f.Severity)));
        Assert.Equal(
        [
            "14:18 #/paths/~1orders~1{orderId}/parameters/0/example The example of the parameter 'orderId' of /orders/{orderId} does not fit its schema: /: \"order-17\" does not match the pattern ^ord_[a-z0-9]+$",
            "29:22 #/paths/~1orders~1{orderId}/get/parameters/1/examples/wrong/value The example 'wrong' of the parameter 'expand' of getOrder does not fit its schema: /: expected array, found string",
            "37:24 #/paths/~1orders~1{orderId}/get/responses/200/headers/X-Rate-Limit-Remaining/example The example of the header 'X-Rate-Limit-Remaining' of the 200 response of getOrder does not fit its schema: /: expected integer, found string",
            "48:29 #/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/examples/stale/value/status The example 'stale' of the 200 response of getOrder (application/json) does not fit its schema: /status: \"shipped\" is not one of \"open\", \"paid\", \"canceled\"",
            "49:28 #/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/examples/stale/value/total The example 'stale' of the 200 response of getOrder (application/json) does not fit its schema: /total: expected integer, found number",
            "64:19 #/paths/~1orders~1{orderId}/post/requestBody/content/application~1json/example/id The example of the request body of updateOrder (application/json) does not fit its schema: /id: 'id' is read-only and cannot be sent",
            "74:24 #/paths/~1orders~1{orderId}/post/responses/200/content/application~1json/example/total The example of the 200 response of updateOrder (application/json) does not fit its schema: /total: expected integer, found string",
            "84:16 #/components/parameters/Limit/example The example of the parameter Limit does not fit its schema: /: 500 is greater than the maximum 100",
            "95:17 #/components/examples/ArchivedOrder/value/status The example 'archived' of the 200 response of getOrder (application/json) (used at #/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/examples/archived) does not fit its schema: /status: \"archived\" is not one of \"open\", \"paid\", \"canceled\"",
            "116:20 #/components/schemas/Order/properties/placed_at/example The example of the property 'placed_at' of the schema Order does not fit its schema: /: \"2026-13-01\" is not a valid date-time",
        ], findings.Select(f => $"{f.Location!.Line}:{f.Location.Column} {f.Location.Pointer} {f.Message}"));
    }

    [Fact]
    public async Task The_severity_is_chosen_by_the_caller()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checks", "examples", "wrong-examples.yaml");
        var spec = await SpecLoader.LoadAsync(path, "wrong-examples.yaml", new DiagnosticBag(), CancellationToken.None);

        var (findings, _) = SpecExampleCheck.Check(spec!, Severity.Error);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task The_bundled_demo_specs_have_no_wrong_examples(string version)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "content", "versions", version, "api", "acme-pay.yaml");

        var findings = await CheckAsync(path, $"versions/{version}/api/acme-pay.yaml", expectExamples: true);

        Assert.Empty(findings.Select(f => f.ToString()));
    }

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(string path, string display, bool expectExamples = false)
    {
        var spec = await SpecLoader.LoadAsync(path, display, new DiagnosticBag(), CancellationToken.None);
        Assert.NotNull(spec);
        var (findings, examples) = SpecExampleCheck.Check(spec);
        if (expectExamples)
        {
            Assert.True(examples > 10, $"Only {examples} examples found in {display}.");
        }

        return findings;
    }
}
