using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Output;

/// <summary>A build replaces its whole output folder, so an output folder that overlaps the sources is refused before anything is written.</summary>
public sealed class OutputPlacementTests
{
    [Theory]
    [InlineData(".", "holds the site itself")]
    [InlineData("..", "holds the site itself")]
    [InlineData("versions", "holds version v1's folder")]
    [InlineData("versions/v1", "holds version v1's folder")]
    [InlineData("versions/v1/_site", "is inside version v1's folder")]
    [InlineData("assets", "holds the site's assets folder")]
    [InlineData("themes/default/out", "is inside the theme 'default'")]
    [InlineData("api", "holds the OpenAPI file")]
    public async Task An_output_folder_over_the_sources_is_refused_and_nothing_is_touched(string output, string why)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("assets/logo.svg", "<svg/>");
        site.Write("themes/default/layouts/.keep", "");
        site.Write("api/openapi.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");
        site.AppendToConfig("    apis:\n      - id: t\n        spec: api/openapi.yaml\n        prefix: reference");
        var before = TestSite.Snapshot(site.Temp);

        var result = await site.BuildAsync(Path.Combine(site.Root, output));

        Assert.True(result.ConfigFailed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigOutputOverlapsSources, error.Code);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.Snapshot(site.Temp));
    }

    [Fact]
    public async Task An_output_folder_holding_a_file_a_page_includes_is_refused_at_the_include()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("samples/pay.py", "print('pay')\n");
        site.Write("versions/v1/sample.md", "---\ntitle: Sample\n---\n\n```python {include=\"../../samples/pay.py\"}\n```\n");
        var before = TestSite.Snapshot(site.Temp);

        var result = await site.BuildAsync(site.PathOf("samples"));

        Assert.True(result.ConfigFailed);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigOutputOverlapsSources, "versions/v1/sample.md", 5), (error.Code, error.Location?.File, error.Location?.Line));
        Assert.Equal(before, TestSite.Snapshot(site.Temp));
    }

    [Theory]
    [InlineData("_site")]
    [InlineData("../public")]
    [InlineData("versions-out")]
    public async Task An_output_folder_beside_the_sources_is_fine(string output)
    {
        using var site = TestSite.Copy("minimal");

        var result = await site.BuildAsync(Path.Combine(site.Root, output));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
