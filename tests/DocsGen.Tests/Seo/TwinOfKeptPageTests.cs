using DocsGen.Seo;
using DocsGen.SiteModel;
using DocsGen.Tests.Cache;

namespace DocsGen.Tests.Seo;

/// <summary>
/// A cache entry's pages may stand in for built ones only when their twin, made again from the Markdown they keep, is the
/// twin the build wrote. The cache tells that without making the twin again: it must answer as making it would.
/// </summary>
public sealed class TwinOfKeptPageTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    [Fact]
    public async Task Telling_that_a_kept_page_gives_back_its_Markdown_agrees_with_making_its_twin()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        var (result, _) = await site.WithCacheAsync();
        var view = result.Site!;
        var pages = view.Versions.Values.SelectMany(v => v.All).Where(p => p.Kind != PageKind.Guide).ToList();
        Assert.NotEmpty(pages);

        var checkedCount = 0;
        foreach (var page in pages)
        {
            var twin = MarkdownTwin.For(view, page);
            string?[] variants = [twin, twin + "\n", twin.TrimEnd('\n'), "\n" + twin, twin + "\r\n", twin.Replace("# ", "## ", StringComparison.Ordinal), "", "#", "# \n", "text\n", null];
            foreach (var markdown in variants)
            {
                foreach (var kind in new[] { page.Kind, PageKind.Operation, PageKind.Schema, PageKind.Guide })
                {
                    var kept = new Page { Version = page.Version, Route = page.Route, Title = page.Title, Kind = kind, Layout = page.Layout, Markdown = markdown, Description = page.Description };
                    Assert.Equal(markdown is not null && MarkdownTwin.For(view, kept) == markdown, MarkdownTwin.GivesBackMarkdown(view, kept));
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount > 40, $"only {checkedCount} cases");
    }
}
