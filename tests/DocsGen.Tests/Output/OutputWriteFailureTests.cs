using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Output;

/// <summary>When the file system refuses the site, the build says so as a diagnostic and the last good site stays.</summary>
public sealed class OutputWriteFailureTests
{
    [Fact]
    public async Task An_output_folder_under_a_file_is_an_error_not_a_crash()
    {
        using var site = TestSite.Copy("minimal");
        var file = Path.Combine(site.Temp, "not-a-folder");
        File.WriteAllText(file, "");

        var result = await site.BuildAsync(Path.Combine(file, "out"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.Contains(Path.Combine(file, "out"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_name_too_long_for_the_file_system_fails_the_build_and_keeps_the_last_site()
    {
        using var site = TestSite.Copy("minimal");
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = TestSite.Snapshot(site.Output);
        site.Write("versions/v1/long.md", $"---\ntitle: Long\nslug: {new string('a', 300)}\n---\n\nText.\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputWriteFailed && d.Message.Contains("too long", StringComparison.Ordinal));
        Assert.Equal(before, TestSite.Snapshot(site.Output));
        Assert.Equal(["out", "site"], Directory.EnumerateFileSystemEntries(site.Temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
