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
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<p>Hi <img src=\"javascript:alert(1)\"> <img src=x onerror=alert(1)></p>")]
    [InlineData("<svg onload=alert(1)><circle/></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><object data=x></object><embed src=x>")]
    [InlineData("<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>go</button></form>")]
    [InlineData("<p>a</p><style>body{display:none}</style><script src=/x.js></script>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"  java\nscript:alert(1)\">x</a>")]
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
    public void Descriptions_written_in_html_render_as_html()
    {
        var html = UntrustedMarkdown.ToHtml("<p>Creates an <code>AccountLink</code> for <a href=\"https://stripe.com/docs/connect\" title=\"Connect\">Connect</a>.</p>\n<p>Second &amp; last <strong>paragraph</strong>.</p>");

        Assert.Equal("<p>Creates an <code>AccountLink</code> for <a href=\"https://stripe.com/docs/connect\" title=\"Connect\">Connect</a>.</p>\n<p>Second &amp; last <strong>paragraph</strong>.</p>", html);
    }

    [Fact]
    public void Raw_html_loses_attributes_and_elements_outside_the_allowlist_but_keeps_their_text()
    {
        var html = UntrustedMarkdown.ToHtml("<p id=\"content\" class=\"hidden\" style=\"color:red\" onclick=\"alert(1)\">Amount in <currency>USD</currency>, see <blink>this</blink>.</p>");

        Assert.Equal("<p>Amount in USD, see this.</p>", html);
    }

    [Fact]
    public void Unbalanced_raw_html_cannot_reach_the_page_around_it()
    {
        Assert.Equal("<p><a href=\"https://example.com\">never closed</a></p>", UntrustedMarkdown.ToHtml("<p><a href=\"https://example.com\">never closed"));
        Assert.Equal("<p>text</p>", UntrustedMarkdown.ToHtml("<p>text</p></div></main></body>"));
    }

    [Fact]
    public void Markdown_around_raw_html_keeps_its_footnotes_task_lists_and_alignment()
    {
        var html = UntrustedMarkdown.ToHtml("Note<sup>new</sup>[^1]\n\n- [x] done\n\n| a |\n|--:|\n| 1 |\n\n[^1]: The footnote.");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("#fn:1", document.QuerySelector("a.footnote-ref")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("li[id='fn:1'] a.footnote-back-ref"));
        Assert.NotNull(document.QuerySelector("li.task-list-item input[type=checkbox][checked][disabled]"));
        Assert.Equal("text-align: right;", document.QuerySelector("th")!.GetAttribute("style"));
        Assert.Contains("Note<sup>new</sup>", html);
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
