using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// Specs that used to end in a stack trace or an aborted process: each is now one located diagnostic and a
/// failed build, and the process goes on.
/// </summary>
public sealed class CrashInputTests
{
    [Fact]
    public async Task Json_nested_100000_levels_is_an_error_not_a_stack_overflow()
    {
        var deep = """{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{},"x-deep":""" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = await BuildSpec(deep, "api.json");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.SpecInvalid, "versions/v1/api.json", 1), (error.Code, error.Location?.File, error.Location?.Line));
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parameter_that_refs_itself_is_an_error_at_the_parameter()
    {
        var result = await BuildSpec("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  parameters: [{ $ref: '#/components/parameters/P' }]
                  responses: { '200': { description: ok } }
            components:
              parameters:
                P: { $ref: '#/components/parameters/P' }
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.SpecUnresolvedRef, 10), (error.Code, error.Location?.Line));
        Assert.Contains("Parameter P is only a $ref to itself", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("responses", "'200': { $ref: '#/components/responses/R1' }", "R1: { $ref: '#/components/responses/R2' }\n    R2: { $ref: '#/components/responses/R1' }", "Responses R1 → R2 → R1")]
    [InlineData("requestBodies", "'200': { description: ok }\n      requestBody: { $ref: '#/components/requestBodies/B' }", "B: { $ref: '#/components/requestBodies/B' }", "Request body B")]
    public async Task Components_that_only_ref_each_other_are_an_error_not_an_exception(string kind, string use, string components, string spelled)
    {
        var result = await BuildSpec($"""
            openapi: 3.0.3
            info: {"{"} title: T, version: '1' {"}"}
            paths:
              /a:
                post:
                  responses:
                    {use}
            components:
              {kind}:
                {components}
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SpecUnresolvedRef && d.Message.Contains(spelled, StringComparison.Ordinal) && d.Location?.Line > 0);
    }

    [Fact]
    public async Task A_schema_ref_to_a_file_that_holds_a_list_is_an_error_at_the_ref()
    {
        var result = await BuildSpec("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: 'schema.yaml' } } } }
            """, extra: ("versions/v1/schema.yaml", "- just\n- a list\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.SpecInvalid, 7), (error.Code, error.Location?.Line));
    }

    [Fact]
    public async Task A_400_digit_number_builds()
    {
        var huge = new string('9', 400);
        var result = await BuildSpec($$"""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  parameters: [{ name: n, in: query, schema: { type: integer, maximum: {{huge}}, default: {{huge}}, enum: [{{huge}}] }, example: {{huge}} }]
                  responses: { '200': { description: ok, content: { application/json: { example: { n: {{huge}} } } } } }
            """);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    private static async Task<BuildResult> BuildSpec(string spec, string name = "api.yaml", (string Path, string Text)? extra = null)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", $"title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/{name}\n");
        site.Write($"versions/v1/{name}", spec);
        if (extra is { } file)
        {
            site.Write(file.Path, file.Text);
        }

        return await site.BuildAsync();
    }
}
