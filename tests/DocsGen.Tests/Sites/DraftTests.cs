namespace DocsGen.Tests.Sites;

/// <summary>Pages with 'draft: true' are left out of a build unless drafts are asked for.</summary>
public sealed class DraftTests
{
    [Fact]
    public async Task Drafts_are_not_published_by_default()
    {
        using var site = TestSite.Copy("two-versions");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "v2/draft-notes/index.html")));
        Assert.DoesNotContain("draft-notes", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public async Task Drafts_are_published_and_listed_when_the_build_includes_them()
    {
        using var site = TestSite.Copy("two-versions");

        var result = await site.BuildAsync(configure: o => o with { IncludeDrafts = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, "v2/draft-notes/index.html"));
        Assert.Contains("<title>Draft notes | Two Versions</title>", page);
        Assert.Contains("- Draft notes -> /v2/draft-notes/ [active]", page);
    }
}
