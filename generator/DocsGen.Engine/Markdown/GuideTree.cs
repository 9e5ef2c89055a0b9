using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// What parsing and drafting read from a guide's syntax tree, gathered in one walk in document order (the order of
/// Markdig's <c>Descendants</c>). There were six walks, each with its own stacks: a tenth of parsing's allocations
/// on 10,000 pages. The walk's stack is the thread's, reused page after page; it is a stack, not recursion, because a
/// tree may nest thousands deep.
/// </summary>
internal sealed class GuideTree
{
    [ThreadStatic]
    private static Stack<MarkdownObject>? _stack;

    /// <summary>Every id a link may target: block ids, then ids in raw HTML blocks, then in inline HTML.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public List<HeadingBlock> Headings { get; } = [];

    public List<CustomContainer> Containers { get; } = [];

    /// <summary>Paragraphs and HTML blocks: where another dialect's syntax shows as text.</summary>
    public List<LeafBlock> TextBlocks { get; } = [];

    public List<LinkInline> Links { get; } = [];

    public List<FencedCodeBlock> CodeBlocks { get; } = [];

    public static GuideTree Of(MarkdownDocument document)
    {
        var tree = new GuideTree();
        var htmlBlocks = new List<HtmlBlock>();
        var htmlInlines = new List<HtmlInline>();
        var stack = _stack ??= new Stack<MarkdownObject>();
        stack.Clear();
        PushChildren(stack, document);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case Block block:
                    tree.Visit(block, htmlBlocks);
                    if (block is ContainerBlock container)
                    {
                        PushChildren(stack, container);
                    }
                    else if (block is LeafBlock { Inline: { } inline })
                    {
                        PushChildren(stack, inline);
                    }

                    break;
                case Inline inline:
                    if (inline is LinkInline link)
                    {
                        tree.Links.Add(link);
                    }
                    else if (inline is HtmlInline html)
                    {
                        htmlInlines.Add(html);
                    }

                    if (inline is ContainerInline children)
                    {
                        PushChildren(stack, children);
                    }

                    break;
            }
        }

        foreach (var html in htmlBlocks)
        {
            RawHtmlIds.Collect(html.Lines.ToString(), tree.Ids);
        }

        foreach (var html in htmlInlines)
        {
            RawHtmlIds.Collect(html.Tag, tree.Ids);
        }

        return tree;
    }

    /// <summary>Forgets the links inside <paramref name="heading"/>, once it is cut from the tree.</summary>
    public void ForgetLinksIn(HeadingBlock heading)
    {
        if (heading.Inline is { } root)
        {
            Links.RemoveAll(link => RootOf(link) == root);
        }
    }

    private void Visit(Block block, List<HtmlBlock> htmlBlocks)
    {
        if (block.TryGetAttributes()?.Id is { Length: > 0 } id)
        {
            Ids.Add(id);
        }

        switch (block)
        {
            case HeadingBlock heading:
                Headings.Add(heading);
                break;
            case CustomContainer container:
                Containers.Add(container);
                break;
            case ParagraphBlock paragraph:
                TextBlocks.Add(paragraph);
                break;
            case HtmlBlock html:
                TextBlocks.Add(html);
                htmlBlocks.Add(html);
                break;
            case FencedCodeBlock code:
                CodeBlocks.Add(code);
                break;
        }
    }

    private static ContainerInline? RootOf(Inline inline)
    {
        var parent = inline.Parent;
        while (parent?.Parent is { } above)
        {
            parent = above;
        }

        return parent;
    }

    private static void PushChildren(Stack<MarkdownObject> stack, ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            stack.Push(container[i]);
        }
    }

    private static void PushChildren(Stack<MarkdownObject> stack, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }
    }
}
