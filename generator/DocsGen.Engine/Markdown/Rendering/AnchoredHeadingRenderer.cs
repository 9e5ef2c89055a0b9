using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsGen.Markdown.Rendering;

/// <summary>Headings with a self-link so readers can copy a deep link to any section.</summary>
internal sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock block)
    {
        var level = Math.Clamp(block.Level, 1, 6);
        renderer.EnsureLine();
        renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        renderer.WriteAttributes(block);
        renderer.Write('>');
        renderer.WriteLeafInline(block);
        var id = block.TryGetAttributes()?.Id;
        if (!string.IsNullOrEmpty(id) && level > 1)
        {
            renderer.Write("<a class=\"anchor\" href=\"#").WriteEscape(id).Write("\" aria-hidden=\"true\" tabindex=\"-1\">#</a>");
        }

        renderer.Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('>');
        renderer.WriteLine();
    }
}
