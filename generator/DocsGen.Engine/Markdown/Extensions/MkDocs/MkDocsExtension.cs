using Markdig;
using Markdig.Renderers;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>MkDocs Material's block syntax: admonitions (!!!, ???, ???+), content tabs (===) and option definitions.</summary>
internal sealed class MkDocsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.AddIfNotAlready<MkDocsAdmonitionParser>();
        pipeline.BlockParsers.AddIfNotAlready<MkDocsTabParser>();
        pipeline.BlockParsers.AddIfNotAlready<MkDocsDefinitionParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<MkDocsAdmonitionRenderer>();
            html.ObjectRenderers.AddIfNotAlready<MkDocsAdmonitionTitleRenderer>();
            html.ObjectRenderers.AddIfNotAlready<MkDocsTabRenderer>();
            html.ObjectRenderers.AddIfNotAlready<MkDocsDefinitionRenderer>();
        }
    }
}
