using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown.Rendering;

/// <summary>
/// Task-list checkboxes with an accessible name: Markdig's bare disabled &lt;input&gt; is a form field without a label
/// (axe "label", critical), so a screen reader announced "checkbox" and nothing about the item's state.
/// </summary>
internal sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Checked ? "[x]" : "[ ]");
            return;
        }

        renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
        renderer.Write(obj.Checked ? " checked=\"checked\" aria-label=\"Done\"" : " aria-label=\"Not done\"");
        renderer.Write(" />");
    }
}
