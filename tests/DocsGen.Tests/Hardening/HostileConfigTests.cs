using DocsGen.Diagnostics;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// docsgen.yml and the options are checked as the README says: a wrong type or value is a usage error
/// (exit 2) at its line, never silently accepted, and nothing is written.
/// </summary>
public sealed class HostileConfigTests
{
    [Theory]
    [InlineData("search: 5", 2, 9)]
    [InlineData("search:\n  enabled: perhaps", 3, 12)]
    [InlineData("theme: ../../etc", 2, 8)]
    [InlineData("readRoots: [does-not-exist]", 2, 13)]
    public async Task A_wrong_root_value_is_a_usage_error_at_its_line(string yaml, int line, int column)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", $"title: T\n{yaml}\nversions:\n  - id: v1\n");

        await AssertUsageError(site, $"docsgen.yml:{line}:{column}: error DG100");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("-v1")]
    public async Task A_version_id_that_is_not_a_path_segment_is_a_usage_error(string id)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", $"title: T\nversions:\n  - id: \"{id}\"\n    dir: versions/v1\n");

        await AssertUsageError(site, $"docsgen.yml:3:9: error {DiagnosticCodes.ConfigInvalidValue}:");
    }

    [Fact]
    public async Task Two_apis_with_one_id_are_a_usage_error_at_the_second()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("versions/v1/a.yaml", "openapi: 3.0.3\ninfo: { title: A, version: '1' }\npaths: {}\n");
        site.Write("docsgen.yml", """
            title: T
            versions:
              - id: v1
                apis:
                  - { id: pay, spec: versions/v1/a.yaml, prefix: a }
                  - { id: pay, spec: versions/v1/a.yaml, prefix: b }
            """);

        await AssertUsageError(site, $"docsgen.yml:6:15: error {DiagnosticCodes.ConfigInvalidValue}:");
    }

    [Theory]
    [InlineData("../../..")]
    [InlineData("api/../../x")]
    public async Task An_api_prefix_that_climbs_out_is_a_usage_error(string prefix)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("versions/v1/a.yaml", "openapi: 3.0.3\ninfo: { title: A, version: '1' }\npaths: {}\n");
        site.Write("docsgen.yml", $"title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/a.yaml\n        prefix: \"{prefix}\"\n");

        await AssertUsageError(site, $"docsgen.yml:6:17: error {DiagnosticCodes.ConfigInvalidValue}:");
    }

    [Fact]
    public async Task A_second_yaml_document_is_a_usage_error_not_ignored()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n---\ntitle: Ignored?\n");

        await AssertUsageError(site, $"docsgen.yml:5:1: error {DiagnosticCodes.ConfigSyntax}:");
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("")]
    [InlineData("docs.example.com")]
    public async Task A_base_url_option_that_is_not_absolute_http_is_a_usage_error(string baseUrl)
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.Root, "-o", site.Output, "--base-url", baseUrl);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.ConfigInvalidValue}: --base-url must be an absolute http(s) URL", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Search_enabled_false_writes_no_search_index()
    {
        using var site = TestSite.Copy("minimal");
        site.AppendToConfig("search:\n  enabled: false");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "search")), "no search/ folder");
    }

    private static async Task AssertUsageError(TestSite site, string diagnosticPrefix)
    {
        var run = await Docsgen.RunAsync("build", site.Root, "-o", site.Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.Diagnostics, line => line.StartsWith(diagnosticPrefix, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }
}
