using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// Each rendering thread fills the same page globals again for every page it renders (see PageValues): what a template
/// assigns on one page, to a variable or to a member of <c>page</c> or <c>version</c>, is gone on the next.
/// </summary>
public sealed class PageValuesTests
{
    [Fact]
    public async Task What_a_template_assigns_on_one_page_is_not_seen_on_the_pages_rendered_after_it()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: Values\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\nHello.\n");
        for (var i = 0; i < 30; i++)
        {
            site.Write($"versions/v1/guides/page{i:00}.md", $"---\ntitle: Page {i:00}\nsidebar_position: {i}\n---\nText {i}.\n");
        }

        // Every page but the first leaves its marks after reading them; the first page only reads them.
        site.Write("themes/default/layouts/guide.html", """
            <p class="seen">[{{ mark }}|{{ page.mark }}|{{ version.mark }}]</p>
            {{- if page.title != "Page 00" }}{{ mark = "set"; page.mark = "set"; version.mark = "set" }}{{ end }}
            """);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        for (var i = 0; i < 30; i++)
        {
            var html = File.ReadAllText(Path.Combine(site.Output, $"v1/guides/page{i:00}/index.html"));
            Assert.Contains("<p class=\"seen\">[||]</p>", html);
        }
    }
}
