using DocsGen.Markdown.Rendering;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown;

/// <summary>Swaps Markdig's default HTML renderers for DocsGen's (highlighting, callouts, tabs, heading anchors).</summary>
internal sealed class DocsGenMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.RemoveAll(r => r is CodeBlockRenderer or HtmlCustomContainerRenderer or AlertBlockRenderer or HeadingRenderer or HtmlTaskListRenderer);
        html.ObjectRenderers.Insert(0, new HighlightedCodeRenderer());
        html.ObjectRenderers.Insert(0, new ContainerRenderer());
        html.ObjectRenderers.Insert(0, new AlertRenderer());
        html.ObjectRenderers.Insert(0, new AnchoredHeadingRenderer());
        html.ObjectRenderers.Insert(0, new LabelledTaskListRenderer());
    }
}
