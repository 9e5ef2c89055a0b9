using AngleSharp.Html.Parser;
using DocsGen.Markdown;
using DocsGen.OpenApi.Pages;

namespace DocsGen.Tests.OpenApi;

public sealed class UntrustedMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](java\tscript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void Hostile_markdown_comes_out_inert(string markdown)
    {
        var html = UntrustedMarkdown.ToHtml(markdown);

        AssertInert(html);
    }

    [Theory]
    [InlineData("[a](https://example.com)", "https://example.com")]
    [InlineData("[a](http://example.com/x?y=1)", "http://example.com/x?y=1")]
    [InlineData("[a](mailto:a@example.com)", "mailto:a@example.com")]
    [InlineData("[a](../guide/)", "../guide/")]
    [InlineData("[a](#anchor)", "#anchor")]
    [InlineData("[a](/docs/page?x=a:b)", "/docs/page?x=a:b")]
    public void Safe_links_are_kept(string markdown, string href)
    {
        var document = new HtmlParser().ParseDocument(UntrustedMarkdown.ToHtml(markdown));

        Assert.Equal(href, document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Hostile_spec_renders_pages_without_script_or_event_handlers()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("xss.yaml");
        var renderer = new ThemeRenderer();

        foreach (var page in ApiPages.Create(spec, SpecTestKit.Config("xss.yaml"), "v1"))
        {
            AssertInert(renderer.Render(page));
        }

        Assert.Contains("<p>", spec.DescriptionHtml);
        Assert.Contains("https://example.com", spec.DescriptionHtml);
    }

    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("iframe, svg, object, embed"));

        // The only scripts are the theme's own files and the playground's JSON data, which must
        // parse as JSON: a spec that broke out of it would leave text that does not.
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/json")
            {
                Assert.NotEqual("", script.TextContent.Trim());
                System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
                Assert.Equal(0, script.ChildElementCount);
            }
            else
            {
                Assert.Matches("^/?(assets/)?[a-z-]+\\.js$", script.GetAttribute("src") ?? "inline script");
            }
        }
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var name in new[] { "href", "src" })
            {
                var value = element.GetAttribute(name);
                if (value is not null)
                {
                    Assert.True(UntrustedMarkdownUrl.IsSafe(value), $"{name}=\"{value}\" in {html}");
                }
            }
        }
    }
}

/// <summary>An independent check of the URL rule, so the test does not trust the code it tests.</summary>
internal static class UntrustedMarkdownUrl
{
    public static bool IsSafe(string url)
    {
        var cleaned = new string(url.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return !(cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("data:", StringComparison.Ordinal)
            || cleaned.StartsWith("vbscript:", StringComparison.Ordinal));
    }
}
