using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Seo;

/// <summary>
/// A guide's twin points its links at published URLs in every form Markdown writes a link target: inline, with a
/// title, in angle brackets, with a fragment, as an image; external links and text that only looks like a target
/// stay as written. The twin is made in one pass unless its first line holds a link (then by replacements one link
/// after another): both ways give the same text.
/// </summary>
public sealed class TwinLinkRewriteTests : IDisposable
{
    private const string Body = """
        Inline [other](other.md), titled [other](other.md "The other page"), angled [other](<other.md>),
        a part [of it](other.md#part), an image ![pic](pic.png) and [out](https://example.com/x.md).
        Not a link: other.md) and ](other.md without its end.
        """;

    private const string Published = """
        Inline [other](https://docs.example.test/v1/other/), titled [other](https://docs.example.test/v1/other/ "The other page"), angled [other](https://docs.example.test/v1/other/),
        a part [of it](https://docs.example.test/v1/other/#part), an image ![pic](https://docs.example.test/v1/pic.png) and [out](https://example.com/x.md).
        Not a link: other.md) and ](https://docs.example.test/v1/other/ without its end.
        """;

    private readonly TestSite _site = TestSite.Empty();

    public TwinLinkRewriteTests()
    {
        _site.Write("docsgen.yml", "title: Links\nbaseUrl: https://docs.example.test/\nversions: [{id: v1, dir: guides}]\n");
        _site.Write("guides/index.md", $"---\ntitle: Start\n---\n\nLinks below.\n\n{Body}\n");
        _site.Write("guides/linked-title.md", $"---\ntitle: Linked title\n---\n\n# Linked [title](other.md)\n\n{Body}\n");
        _site.Write("guides/own-title.md", $"---\ntitle: Own title\n---\n\n# Own title\n\n{Body}\n\n\n");
        _site.Write("guides/other.md", "---\ntitle: Other\n---\n\nBack [home](index.md).\n\n## Part\n\nText.\n");
        _site.WriteBytes("guides/pic.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    }

    [Fact]
    public async Task Every_form_of_a_link_target_in_a_guide_twin_points_at_its_published_url()
    {
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal($"# Start\n\nLinks below.\n\n{Published}\n", Twin("v1/index.md"));
        Assert.Equal("# Other\n\nBack [home](https://docs.example.test/v1/).\n\n## Part\n\nText.\n", Twin("v1/other/index.md"));
    }

    [Fact]
    public async Task A_twin_that_opens_with_its_title_or_a_linked_heading_reads_the_same_either_way_it_is_made()
    {
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // A first line with a link is made by the replacements; the others in one pass.
        Assert.Equal($"# Linked title\n\n# Linked [title](https://docs.example.test/v1/other/)\n\n{Published}\n", Twin("v1/linked-title/index.md"));
        Assert.Equal($"# Own title\n\n{Published}\n", Twin("v1/own-title/index.md"));
        var full = File.ReadAllText(Path.Combine(_site.Output, "llms-full.txt"));
        Assert.Contains($"Source: https://docs.example.test/v1/own-title/\n\n# Own title\n\n{Published}\n", full);
    }

    private string Twin(string path) => File.ReadAllText(Path.Combine(_site.Output, path)).ReplaceLineEndings("\n");

    public void Dispose() => _site.Dispose();
}
