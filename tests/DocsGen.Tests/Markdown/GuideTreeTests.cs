using DocsGen.Config;
using DocsGen.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// The one walk of a guide's tree (<see cref="GuideTree"/>) finds what each of Markdig's <c>Descendants</c> walks it
/// replaces found, in the same order: links and slots are numbered by that order, and ids are a set filled in it.
/// </summary>
public sealed class GuideTreeTests
{
    private const string Page = """
        ---
        title: T
        ---
        # Intro with [a link](first.md) and <span id="in-h1">html</span>

        A paragraph with [one](a.md), ![an image](b.png) and [![nested](c.png)](d.md), <a name="raw-inline">x</a>.

        > Quoted [link](e.md) and a nested list:
        > - item [f](f.md)
        >   - deeper ![g](g.png) `code`

        :::note
        Inside a [container](h.md).
        :::

        :::mystery
        Unknown container.
        :::

        | Head [x](x.md) | Other |
        | --- | --- |
        | cell [y](y.md) | ![z](z.png) |

        ## Second {#custom-id}

        <div id="raw-block">
        Raw HTML block
        </div>

        ```csharp title="x"
        var x = 1;
        ```

        - ```
          fenced in a list
          ```

        ### Third [*emphasis [inner](i.md)*](j.md)

        [ref]: k.md
        See [ref] and a footnote[^1].

        [^1]: Footnote [l](l.md).
        """;

    [Theory]
    [InlineData(MarkdownDialect.Docsgen)]
    [InlineData(MarkdownDialect.MkDocs)]
    public void One_walk_finds_what_each_descendants_walk_found_in_the_same_order(MarkdownDialect dialect)
    {
        var document = Markdig.Markdown.Parse(Page, GuidePipeline.For(dialect));

        var tree = GuideTree.Of(document);

        Assert.Equal(document.Descendants<LinkInline>(), tree.Links);
        Assert.Equal(document.Descendants<FencedCodeBlock>(), tree.CodeBlocks);
        Assert.Equal(document.Descendants<HeadingBlock>(), tree.Headings);
        Assert.Equal(document.Descendants<CustomContainer>(), tree.Containers);
        Assert.Equal(document.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HtmlBlock), tree.TextBlocks);
        // In insertion order: a set enumerates so while nothing is removed from it.
        Assert.Equal(IdsAsDescendantsFoundThem(document), [.. tree.Ids]);
        Assert.True(tree.Links.Count >= 14 && tree.CodeBlocks.Count == 2 && tree.Containers.Count == 2, "the page has what the walk is meant to find");
        Assert.Contains("raw-inline", tree.Ids);
        Assert.Contains("raw-block", tree.Ids);
    }

    [Fact]
    public void A_removed_heading_takes_its_links_with_it()
    {
        var document = Markdig.Markdown.Parse(Page, GuidePipeline.Instance);
        var tree = GuideTree.Of(document);
        var heading = tree.Headings[0];

        document.Remove(heading);
        tree.ForgetLinksIn(heading);

        Assert.Equal(document.Descendants<LinkInline>(), tree.Links);
    }

    [Fact]
    public void A_tree_nested_thousands_deep_is_walked_without_recursion()
    {
        // Markdig parses this (its renderer is the one that gives up): emphasis inside emphasis, thousands deep.
        var document = Markdig.Markdown.Parse(new string('*', 20_000) + "[deep](deep.md)" + new string('*', 20_000) + "\n", GuidePipeline.Instance);

        var tree = GuideTree.Of(document);

        Assert.Equal(document.Descendants<LinkInline>(), tree.Links);
        Assert.Single(tree.Links);
        Assert.True(Depth(tree.Links[0]) > 5_000, $"nested {Depth(tree.Links[0])} deep");
    }

    private static int Depth(Inline inline)
    {
        var depth = 0;
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>The ids as parsing collected them before: every block's, then raw HTML blocks', then inline HTML's, in insertion order.</summary>
    private static List<string> IdsAsDescendantsFoundThem(MarkdownDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        foreach (var html in document.Descendants<HtmlBlock>())
        {
            RawHtmlIds.Collect(html.Lines.ToString(), ids);
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            RawHtmlIds.Collect(html.Tag, ids);
        }

        return [.. ids];
    }
}
