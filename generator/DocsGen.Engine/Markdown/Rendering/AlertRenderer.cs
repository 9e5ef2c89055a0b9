using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown.Rendering;

/// <summary>Renders GitHub alerts (> [!NOTE]) exactly like :::note admonitions.</summary>
internal sealed class AlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString().ToLowerInvariant();
        Admonitions.WriteOpen(renderer, Admonitions.IsKind(kind) ? kind : "note", null);
        renderer.WriteChildren(block);
        Admonitions.WriteClose(renderer);
    }
}
