using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// A FIFO, device or socket is never opened: opening a FIFO blocks until someone writes to it, and a device
/// such as /dev/zero never ends. Each case would hang the build before; now it is DG2019 at the file, at once.
/// </summary>
public sealed class SpecialFileTests
{
    // Far above a build of this size; reached only when a read blocks.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("versions/v1/pipe.md")]
    [InlineData("versions/v1/pipe.txt")]
    [InlineData("assets/pipe.css")]
    public async Task A_fifo_among_the_content_is_an_error_and_is_not_opened(string path)
    {
        using var site = TestSite.Copy("minimal");
        MakeFifo(site.PathOf(path));

        var result = await BuildWithin(site);

        AssertNotRegular(result, path);
    }

    [Fact]
    public async Task A_fifo_as_docsgen_yml_is_an_error_and_is_not_opened()
    {
        using var site = TestSite.Copy("minimal");
        File.Delete(site.PathOf("docsgen.yml"));
        MakeFifo(site.PathOf("docsgen.yml"));

        var result = await BuildWithin(site);

        Assert.True(result.ConfigFailed);
        AssertNotRegular(result, "docsgen.yml");
    }

    [Fact]
    public async Task A_fifo_as_the_spec_is_an_error_and_is_not_opened()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/api.yaml\n");
        MakeFifo(site.PathOf("versions/v1/api.yaml"));

        var result = await BuildWithin(site);

        AssertNotRegular(result, "versions/v1/api.yaml");
    }

    [Fact]
    public async Task A_fifo_as_a_ref_target_is_an_error_at_the_ref()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/api.yaml\n");
        site.Write("versions/v1/api.yaml", """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  responses:
                    '200': { $ref: 'responses.yaml#/Ok' }
            """);
        MakeFifo(site.PathOf("versions/v1/responses.yaml"));

        var result = await BuildWithin(site);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotRegularFile && d.Location is { File: "versions/v1/api.yaml", Line: 7 });
    }

    [Fact]
    public async Task A_fifo_as_an_include_is_an_error_at_the_include()
    {
        using var site = TestSite.Copy("minimal");
        MakeFifo(site.PathOf("versions/v1/sample.py"));
        site.Write("versions/v1/code.md", "# Code\n\n```python {include=\"sample.py\"}\n```\n");

        var result = await BuildWithin(site);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotRegularFile && d.Location is { File: "versions/v1/code.md", Line: 3 });
    }

    private static async Task<BuildResult> BuildWithin(TestSite site) => await site.BuildAsync().WaitAsync(Hang);

    private static void AssertNotRegular(BuildResult result, string file)
    {
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.NotRegularFile && d.Location?.File == file);
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
