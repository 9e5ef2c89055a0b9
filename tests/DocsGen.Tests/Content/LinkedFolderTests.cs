using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Content;

/// <summary>Linked folders in a version: followed for shared pages, but a link back up is not a loop.</summary>
public sealed class LinkedFolderTests
{
    [Fact]
    public async Task A_linked_folder_of_shared_pages_is_published_in_the_version()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("shared/faq.md", "---\ntitle: FAQ\n---\n\nShared answers.\n");
        Directory.CreateSymbolicLink(site.PathOf("versions/v1/shared"), site.PathOf("shared"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Shared answers.", File.ReadAllText(Path.Combine(site.Output, "v1", "shared", "faq", "index.html")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../..")]
    public async Task A_link_back_to_a_folder_above_it_is_not_followed_round_and_round(string target)
    {
        using var site = TestSite.Copy("minimal");
        Directory.CreateSymbolicLink(site.PathOf("versions/v1/loop"), target);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(2, result.Pages);
    }
}
