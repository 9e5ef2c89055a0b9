namespace DocsGen.Tests.Sites;

/// <summary>The same input gives the same bytes: no timestamps, random ids or thread-order effects.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [InlineData("two-versions")]
    [InlineData("sections-subpath")]
    [InlineData("markdown-features")]
    [InlineData("default-theme")]
    public async Task Building_a_site_twice_gives_byte_identical_trees(string name)
    {
        using var site = TestSite.Copy(name);
        var first = Path.Combine(site.Temp, "first");
        var second = Path.Combine(site.Temp, "second");

        var a = await site.BuildAsync(first);
        var b = await site.BuildAsync(second);

        Assert.True(a.Succeeded && b.Succeeded, string.Join("\n", a.Diagnostics.Concat(b.Diagnostics)));
        var hashes = OutputTree.Hashes(first);
        Assert.NotEmpty(hashes);
        Assert.Equal(hashes, OutputTree.Hashes(second));
    }
}
