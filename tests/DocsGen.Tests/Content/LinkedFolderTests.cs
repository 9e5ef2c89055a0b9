using DocsGen.Diagnostics;
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

    [Fact]
    public async Task A_link_to_nothing_is_an_error_where_the_link_is()
    {
        using var site = TestSite.Copy("minimal");
        File.CreateSymbolicLink(site.PathOf("versions/v1/diagram.svg"), site.PathOf("gone.svg"));

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.UnreadableFile, "versions/v1/diagram.svg"), (error.Code, error.Location?.File));
        Assert.False(Directory.Exists(site.Output));
    }
}
