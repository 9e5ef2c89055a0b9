namespace DocsGen.Tests.Sites;

/// <summary>
/// Small whole sites (Fixtures/Sites/NAME) built and compared file by file with Golden/Sites/NAME.
/// All but default-theme use a one-file override theme that prints just the facts under test
/// (title, canonical, version switcher, banner, navigation, prev/next, body).
/// </summary>
public sealed class GoldenSiteTests
{
    [Theory]
    [InlineData("two-versions")]
    [InlineData("sections-subpath")]
    [InlineData("markdown-features")]
    [InlineData("default-theme")]
    public async Task Site_builds_to_its_golden_output(string name)
    {
        using var site = TestSite.Copy(name);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        GoldenSite.AssertMatches(name, site.Output);
        // `docsgen check` scans the files the build says it wrote: they must be all the output holds.
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'));
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), result.OutputFiles.Order(StringComparer.Ordinal));
    }
}
