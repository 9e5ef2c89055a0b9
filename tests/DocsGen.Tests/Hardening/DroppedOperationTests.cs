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

    // A JSON spec is first checked with System.Text.Json and its YAML tree parsed only to report: the same errors, same lines.
    [Theory]
    [InlineData("[\n    \"/a\"\n  ]", 4)]
    [InlineData("{\n    \"/a\": [\"get\"]\n  }", 5)]
    [InlineData("{\n    \"/a\": {\n      \"get\": [\"responses\"]\n    }\n  }", 6)]
    [InlineData("{\n    \"/a\": {\n      \"get\": {\n        \"responses\": [\"200\"]\n      }\n    }\n  }", 7)]
    [InlineData("{\n    \"/a\": {\n      \"get\": {\n        \"parameters\": [\n          { \"name\": \"q\", \"schema\": { \"type\": \"string\" } }\n        ],\n        \"responses\": { \"200\": { \"description\": \"ok\" } }\n      }\n    }\n  }", 8)]
    [InlineData("{\n    \"/a\": {\n      \"parameters\": [\n        { \"name\": \"q\" }\n      ],\n      \"get\": { \"responses\": { \"200\": { \"description\": \"ok\" } } }\n    }\n  }", 7)]
    public async Task In_a_json_spec_a_structure_that_would_drop_operations_is_an_error_at_its_line(string paths, int line)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/api.json\n");
        site.Write("versions/v1/api.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"T\", \"version\": \"1\" },\n  \"paths\": " + paths + "\n}\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.SpecInvalid
            && d.Message.Contains("would leave its operations out", StringComparison.Ordinal) && d.Location is { File: "versions/v1/api.json" } && d.Location.Line == line);
    }

    [Fact]
    public async Task A_json_spec_the_reader_warns_about_but_with_every_operation_in_shape_builds()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/api.json\n");
        // An unknown top-level field makes the reader warn, which is when the shapes are checked.
        site.Write("versions/v1/api.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "T", "version": "1" },
              "paths": {
                "/a": {
                  "parameters": [{ "$ref": "#/components/parameters/q" }],
                  "get": { "operationId": "getA", "parameters": [{ "name": "p", "in": "query" }], "responses": { "200": { "description": "ok" } } }
                }
              },
              "components": { "parameters": { "q": { "name": "q", "in": "query", "schema": { "type": "string" } } } },
              "unknownField": true
            }
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("would leave its operations out", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "v1", "api", "operations", "geta", "index.html")));
    }
}
