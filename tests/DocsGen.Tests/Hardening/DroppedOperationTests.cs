using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>Spec structures the OpenAPI reader skips with a warning, losing operations, are errors at their line.</summary>
public sealed class DroppedOperationTests
{
    [Theory]
    [InlineData("paths:\n  - /a\n", 4)]
    [InlineData("paths:\n  /a: [get]\n", 4)]
    [InlineData("paths:\n  /a:\n    get: [responses]\n", 5)]
    [InlineData("paths:\n  /a:\n    get:\n      responses: ['200']\n", 6)]
    [InlineData("paths:\n  /a:\n    get:\n      parameters: [{ name: q, schema: { type: string } }]\n      responses: { '200': { description: ok } }\n", 6)]
    public async Task A_structure_that_would_drop_operations_is_an_error_at_its_line(string paths, int line)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/api.yaml\n");
        site.Write("versions/v1/api.yaml", "openapi: 3.0.3\ninfo: { title: T, version: '1' }\n" + paths);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.SpecInvalid
            && d.Message.Contains("would leave its operations out", StringComparison.Ordinal) && d.Location is { File: "versions/v1/api.yaml" } && d.Location.Line == line);
    }
}
