using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DocsGen.Tests.Theme;

public sealed class BaseLayoutTests
{
    private static IDocument RenderGuide(Action<Scriban.Runtime.ScriptObject>? change = null)
    {
        var globals = SampleGlobals.GuidePage();
        change?.Invoke(globals);
        return new HtmlParser().ParseDocument(ThemeRenderer.Render("guide", globals));
    }

    [Fact]
    public void Text_from_content_authors_is_escaped_everywhere_it_appears()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        var html = RenderGuide(g =>
        {
            g.Child("page")["title"] = Hostile;
            g.Child("page")["description"] = Hostile;
            ((List<object>)g.Child("page")["toc"]!).Add(new Scriban.Runtime.ScriptObject { ["level"] = 2, ["id"] = "x", ["text"] = Hostile });
            g.Child("version")["label"] = Hostile;
            g.Child("site")["build_errors"] = new List<object> { Hostile };
        });

        Assert.Empty(html.QuerySelectorAll("img[onerror]"));
        Assert.Equal($"{Hostile} · Petstore", html.Title);
        Assert.Equal(Hostile, html.QuerySelector("article h1")!.TextContent);
        Assert.Contains(Hostile, html.QuerySelector(".build-errors")!.TextContent);
    }

    [Fact]
    public void Head_carries_canonical_description_and_assets_from_the_assets_path()
    {
        var html = RenderGuide();

        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://docs.example.com/v2/quickstart/", html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("First call in five minutes.", html.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("/assets/docsgen.css", html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.True(html.QuerySelector("script[src='/assets/docsgen.js']")!.HasAttribute("defer"));
        Assert.Null(html.QuerySelector("meta[name=robots]"));
        Assert.Null(html.QuerySelector("script[src$='livereload.js']"));
    }

    [Fact]
    public void Old_version_page_shows_banner_to_the_current_version_and_is_not_indexed()
    {
        var html = RenderGuide(g =>
        {
            g.Child("version")["is_current"] = false;
            g.Child("version")["label"] = "v1";
            g.Child("page")["noindex"] = true;
            g.Child("page")["current_version_url"] = "/v2/quickstart/";
        });

        var banner = html.QuerySelector(".version-banner")!;
        Assert.Contains("You are reading the docs for v1", banner.TextContent);
        Assert.Equal("/v2/quickstart/", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("noindex", html.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Current_version_page_has_no_banner_and_serve_mode_adds_live_reload()
    {
        var html = RenderGuide(g => g.Child("site")["live_reload"] = true);

        Assert.Null(html.QuerySelector(".version-banner"));
        Assert.Null(html.QuerySelector(".build-errors"));
        Assert.NotNull(html.QuerySelector("script[src='/__docsgen/livereload.js'][defer]"));
    }

    [Fact]
    public void On_page_toc_lists_levels_two_and_three_only()
    {
        var html = RenderGuide();

        var links = html.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#install", "#npm"], links);
    }

    [Fact]
    public void Page_without_headings_gets_no_toc_aside()
    {
        var html = RenderGuide(g => g.Child("page")["toc"] = new List<object>());

        Assert.Null(html.QuerySelector("aside.toc"));
    }

    [Fact]
    public void Version_switcher_is_a_list_of_links_that_says_when_the_page_is_missing()
    {
        var html = RenderGuide();

        var links = html.QuerySelectorAll("nav.version-switcher a");
        Assert.Equal(["/v2/quickstart/", "/v1/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.Contains("this page does not exist in v1", links[1].TextContent);
    }

    [Fact]
    public void Footer_links_to_the_edit_url_and_the_previous_page()
    {
        var html = RenderGuide();

        Assert.Equal("https://example.com/edit/v2/quickstart.md", html.QuerySelector("a.edit-link")!.GetAttribute("href"));
        Assert.Equal("/v2/", html.QuerySelector(".prevnext a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(html.QuerySelector(".prevnext a[rel=next]"));
    }
}
