using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown;
using DocsGen.SiteModel;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// A guide drafted before the site is known, its link slots filled in once the links are resolved, is the HTML that
/// rendering the tree with the resolved URLs makes, byte for byte.
/// </summary>
public sealed class GuideDraftTests
{
    // Written URL -> what the site resolves it to; a URL missing here resolves to null (a broken link), unless it is
    // the same on every site, which resolves to itself, trimmed, as LinkResolver does.
    private static readonly Dictionary<string, string> Site = new(StringComparer.Ordinal)
    {
        ["shot.png"] = "/docs/v1/shot.png",
        ["media/clip.mp4"] = "/docs/v1/media/clip.mp4",
        // Written, it is an <img> (the query hides the extension); resolved, it is a <video>.
        ["clip.mp4?v=2"] = "/docs/v1/clip.mp4",
        // Written, it is a <video>; resolved (the fragment stays), an <img>.
        ["talk.webm#t=1"] = "/docs/v1/talk.webm#t=1",
        ["page.md"] = "/docs/v1/page/",
        ["odd.md"] = "/docs/v1/a b/\"q\"<é>&/",
        ["dynamic.md"] = "/docs/v1/dynamic/",
        ["fallback.md"] = "/docs/v1/fallback/",
        ["#intro"] = "#intro",
        ["in.png"] = "/docs/v1/in.png",
        ["out.png"] = "/docs/v1/out.png",
        ["inject.md"] = "/docs/v1/x/\"><script>alert(1)</script>",
    };

    private const string Page = """
        # Intro

        ![screenshot](shot.png "A title") and ![a clip](media/clip.mp4) and ![query](clip.mp4?v=2) and ![fragment](talk.webm#t=1)

        ![talk](https://www.youtube.com/watch?v=mswPy5bt3TQ) ![remote](https://example.com/remote.mp4) ![missing](missing.mp4)

        A [page](page.md), an [odd one](odd.md), a [broken one](missing.md), [spaced](< https://example.com/a b >), [an anchor](#intro).

        [![nested](shot.png){width=20}](page.md) and ![outer ![inner](in.png) text](out.png)

        [dynamic](dynamic.md) and [fallback](fallback.md) and [reference][ref]

        [ref]: page.md "Ref title"
        """;

    [Fact]
    public void Filling_the_slots_gives_the_HTML_of_the_tree_with_resolved_URLs()
    {
        var (expected, actual) = Render(Page);

        Assert.Equal(expected, actual);
        Assert.Contains("<video", actual, StringComparison.Ordinal);
        Assert.Contains("src=\"/docs/v1/media/clip.mp4\"", actual, StringComparison.Ordinal);
        Assert.Contains("src=\"/docs/v1/clip.mp4\"", actual, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/docs/v1/talk.webm#t=1\"", actual, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://www.youtube.com/embed/mswPy5bt3TQ\"", actual, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v1/a%20b/%22q%22%3C%C3%A9%3E&amp;/\"", actual, StringComparison.Ordinal);
        Assert.Contains("href=\"missing.md\"", actual, StringComparison.Ordinal);
        Assert.Contains("src=\"missing.mp4\"", actual, StringComparison.Ordinal);
        Assert.Contains("href=\"#from-extension\"", actual, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v1/fallback/\"", actual, StringComparison.Ordinal);
        Assert.DoesNotContain("docsgen-link-slot", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_raw_HTML_that_looks_like_a_link_or_its_old_slot_stays_as_it_is()
    {
        var markdown = """
            A [link](inject.md) and [another](https://example.com/).

            <p title="inject.md">inject.md --docsgen-link-slot-0-- <a href="inject.md">x</a></p>
            """;

        var (expected, actual) = Render(markdown);

        Assert.Equal(expected, actual);
        Assert.DoesNotContain("<script>", actual, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/docs/v1/x/%22%3E%3Cscript%3Ealert(1)%3C/script%3E\">link</a>", actual, StringComparison.Ordinal);
        Assert.Contains("<p title=\"inject.md\">inject.md --docsgen-link-slot-0-- <a href=\"inject.md\">x</a></p>", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_whose_links_resolve_to_what_they_show_is_the_page_itself()
    {
        var markdown = """
            # Intro

            An [anchor](#intro), a [page](page.md), a [site path](/v1/page/), an ![image](/docs/v1/shot.png) and [another site](https://example.com/).
            """;
        // The page that page.md is, as drafting sees it: its route only.
        var pages = new VersionPages("v1", "/site/versions/v1");
        pages.TryAdd(new Page { Version = "v1", Route = "page", Title = "", Kind = PageKind.Guide, Layout = "guide" }, "page.md");

        var draft = Draft(markdown, pages);
        // What the whole site resolves them to: page.md and the site path are that page, the rest is what is written.
        var completed = draft.Complete([.. draft.Links.Select(l => l.Written is "page.md" or "/v1/page/" ? "/docs/v1/page/" : l.Written.Trim())]);

        Assert.Same(draft.Html, completed);
        Assert.Contains("<a href=\"#intro\">anchor</a>", completed, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/docs/v1/page/\">page</a>", completed, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/docs/v1/page/\">site path</a>", completed, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/docs/v1/shot.png\" alt=\"image\" />", completed, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_slots_whose_link_resolves_elsewhere_are_filled()
    {
        var markdown = """
            [same](#intro) [moved](page.md) [same again](#intro) ![moved image](shot.png) [broken](missing.md) [last](page.md)
            """;
        var tree = Parse(markdown, GuidePipeline.Instance);
        foreach (var link in tree.Descendants<LinkInline>().ToList())
        {
            link.Url = Resolve(link.Url!) ?? link.Url;
        }

        var draft = Draft(markdown);
        var completed = draft.Complete([.. draft.Links.Select(l => Resolve(l.Written))]);

        Assert.Equal(tree.ToHtml(GuidePipeline.Instance), completed);
        Assert.NotSame(draft.Html, completed);
    }

    /// <summary>What rendering the tree with resolved URLs gives (as guides were rendered before drafts), and the filled draft.</summary>
    private static (string Expected, string Actual) Render(string markdown)
    {
        var pipeline = GuidePipeline.Instance;
        var tree = Parse(markdown, pipeline);
        foreach (var link in tree.Descendants<LinkInline>().Where(l => l.Url is not null).ToList())
        {
            if (Resolve(link.Url!) is { } url)
            {
                link.Url = url;
            }
        }

        var expected = tree.ToHtml(pipeline);
        var draft = Draft(markdown);
        var actual = draft.Complete([.. draft.Links.Select(l => Resolve(l.Written))]);
        return (expected, actual);
    }

    /// <summary>The draft of <paramref name="markdown"/>, its links resolved when drafted against <paramref name="pages"/> (by default none).</summary>
    private static GuideDraft Draft(string markdown, VersionPages? pages = null)
    {
        var source = new GuideSource
        {
            Version = "v1",
            FullPath = "/site/versions/v1/guide.md",
            DisplayPath = "versions/v1/guide.md",
            VersionPath = "guide.md",
            Text = markdown,
            FrontMatter = new FrontMatter(),
        };
        var page = new Page { Version = "v1", Route = "guide", Title = "Guide", Kind = PageKind.Guide, Layout = "guide" };
        var resolver = new LinkResolver("/site", "/docs/", new Dictionary<string, VersionPages> { ["v1"] = pages ?? new VersionPages("v1", "/site/versions/v1") }, new ChecksConfig());
        var diagnostics = new DiagnosticBag();
        var draft = GuideDrafter.Draft(Parse(markdown, GuidePipeline.Instance), GuidePipeline.Instance, source, page, resolver, new ReadRoots(["/site"]), diagnostics);
        Assert.Empty(diagnostics.ToList());
        return draft;
    }

    private static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        // As an extension may (Markdig's auto-identifiers do): the page shows the URL the extension gives, unless it gives none.
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url == "dynamic.md")
            {
                link.GetDynamicUrl = () => "#from-extension";
            }
            else if (link.Url == "fallback.md")
            {
                link.GetDynamicUrl = () => null!;
            }
        }

        return document;
    }

    private static string? Resolve(string written)
    {
        var url = written.Trim();
        return url.StartsWith("https:", StringComparison.Ordinal) ? url : Site.GetValueOrDefault(url);
    }
}
