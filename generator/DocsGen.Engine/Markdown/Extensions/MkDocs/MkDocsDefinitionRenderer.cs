using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>Writes a definition without a term as an indented block of its own.</summary>
internal sealed class MkDocsDefinitionRenderer : HtmlObjectRenderer<MkDocsDefinition>
{
    protected override void Write(HtmlRenderer renderer, MkDocsDefinition block)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"definition\">");
        renderer.WriteLine();
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.Write("</div>");
        renderer.WriteLine();
    }
}
