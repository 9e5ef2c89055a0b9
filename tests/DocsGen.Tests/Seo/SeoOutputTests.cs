using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Tests.Search;

namespace DocsGen.Tests.Seo;

/// <summary>What search engines see: descriptions, canonical URLs, noindex, social tags, the sitemap.</summary>
public sealed class SeoOutputTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string BaseUrl = "https://docs.example.test/docs/";

    [Fact]
    public void A_guide_without_a_description_gets_its_first_paragraph_as_meta_description()
    {
        Assert.Equal("Errors use RFC 9457 problem details.", Meta(Page("v3/guides/errors/"), "description"));
        Assert.Equal("Every request carries an API key in the Authorization header & keys never expire.",
            Meta(Page("v3/guides/authentication/"), "description"));
    }

    [Fact]
    public void A_front_matter_description_is_kept()
    {
        Assert.Equal("Start here to learn the Fixture API.", Meta(Page("v3/"), "description"));
    }

    [Fact]
    public void Social_tags_carry_title_description_and_canonical_url()
    {
        var page = Page("v3/guides/errors/");
        Assert.Equal("Errors · Fixture Docs", Property(page, "og:title"));
        Assert.Equal("Errors use RFC 9457 problem details.", Property(page, "og:description"));
        Assert.Equal(BaseUrl + "v3/guides/errors/", Property(page, "og:url"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
    }

    [Fact]
    public void Canonical_of_an_old_version_page_points_at_the_same_page_in_the_current_version()
    {
        Assert.Equal(BaseUrl + "v3/guides/authentication/", Canonical(Page("v1/guides/authentication/")));
        Assert.Equal(BaseUrl + "v3/guides/authentication/", Canonical(Page("v3/guides/authentication/")));
        Assert.Equal(BaseUrl + "v2/guides/legacy-webhooks/", Canonical(Page("v2/guides/legacy-webhooks/")));
    }

    [Fact]
    public void Old_versions_are_noindex_unless_their_config_says_noindex_false()
    {
        Assert.Equal("noindex", Meta(Page("v1/"), "robots"));
        Assert.Null(Meta(Page("v2/"), "robots"));
        Assert.Null(Meta(Page("v3/"), "robots"));
    }

    [Fact]
    public void Sitemap_lists_current_version_pages_and_versions_that_are_not_noindex()
    {
        var sitemap = site.Read("sitemap.xml");
        Assert.Contains($"<loc>{BaseUrl}v3/guides/errors/</loc>", sitemap);
        Assert.Contains($"<loc>{BaseUrl}v2/guides/legacy-webhooks/</loc>", sitemap);
        Assert.DoesNotContain($"{BaseUrl}v1/", sitemap);
    }

    [Fact]
    public void Every_page_links_its_markdown_twin_and_the_twin_exists()
    {
        foreach (var url in new[] { "v3/", "v3/guides/errors/", "v1/guides/authentication/" })
        {
            var link = Page(url).QuerySelector("link[rel=alternate][type='text/markdown']");
            Assert.Equal("/docs/" + url + "index.md", link?.GetAttribute("href"));
            Assert.True(site.Exists(url + "index.md"), url + "index.md is missing");
        }
    }

    [Fact]
    public void The_html_element_carries_the_version_and_base_path_for_search()
    {
        var html = Page("v2/").DocumentElement;
        Assert.Equal("v2", html.GetAttribute("data-version"));
        Assert.Equal("/docs/", html.GetAttribute("data-base-path"));
    }

    private IHtmlDocument Page(string url) => new HtmlParser().ParseDocument(site.Read(url + "index.html"));

    private static string? Meta(IHtmlDocument page, string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    private static string? Property(IHtmlDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
}
