using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// GitHub-style heading ids ("Install &amp; Run" is install--run, repeats get -1, -2 …), the same ids as Markdig's
/// <c>AutoIdentifierOptions.GitHub</c>. Markdig finds a repeat's number by counting up from 1 each time, so a page
/// of 20,000 equal headings took 2×10⁸ tries (27 s); here each base id remembers the next number to try.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string IdsKey = "DocsGen.HeadingIds";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnHeadingClosed;
                parser.Closed += OnHeadingClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnHeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock heading)
        {
            return;
        }

        if (processor.Document.GetData(IdsKey) is not Ids)
        {
            processor.Document.SetData(IdsKey, new Ids());
        }

        heading.ProcessInlinesEnd += AssignId;
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        var ids = (Ids)processor.Document.GetData(IdsKey)!;
        attributes.Id = ids.Claim(LinkHelper.UrilizeAsGfm(PlainText(heading.Inline)));
    }

    // The heading's text without markup or links, as Markdig's own extension reads it.
    private static string PlainText(ContainerInline inline)
    {
        var (writer, renderer) = _textRenderer ??= NewTextRenderer();
        var text = writer.GetStringBuilder();
        text.Clear();
        renderer.Render(inline);
        writer.Flush();
        return text.ToString();
    }

    /// <summary>
    /// The thread's text renderer, reused heading after heading: a new HtmlRenderer sets up its table of object
    /// renderers, which made id assignment a third of a guide's parse allocations (10,000 pages: 69 of 235 MB).
    /// </summary>
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _textRenderer;

    private static (StringWriter, HtmlRenderer) NewTextRenderer()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false });
    }

    /// <summary>The ids a document has given out, and for each base id the next suffix worth trying.</summary>
    private sealed class Ids
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

        public string Claim(string slug)
        {
            var id = slug.Length == 0 ? "section" : slug;
            if (_taken.Add(id))
            {
                return id;
            }

            // Every suffix below the remembered one is taken already: ids are only ever added.
            var suffix = _nextSuffix.GetValueOrDefault(id, 1);
            while (!_taken.Add($"{id}-{suffix}"))
            {
                suffix++;
            }

            _nextSuffix[id] = suffix + 1;
            return $"{id}-{suffix}";
        }
    }
}
