using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// Markdig's HTML renderer for guide drafts (<see cref="GuideDrafter"/>) and their slots (<see cref="GuideDraft"/>): one per
/// thread and pipeline, reused page after page as Markdig reuses its own. While drafting, an image that has a slot
/// writes the slot in place of its element.
/// </summary>
internal sealed class SlotRenderer : HtmlRenderer
{
    // A page's HTML is kept for the next page unless it was this long: one huge page should not pin its buffer.
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static SlotRenderer? t_idle;

    private readonly MarkdownPipeline _pipeline;
    private readonly StringWriter _writer;
    private Dictionary<int, LinkInline>? _slotted;

    private SlotRenderer(MarkdownPipeline pipeline, StringWriter writer) : base(writer)
    {
        _pipeline = pipeline;
        _writer = writer;
        pipeline.Setup(this);
        MaximumNestingDepth = pipeline.MaximumNestingDepth;
        ObjectRenderers.FindExact<LinkInlineRenderer>()!.TryWriters.Insert(0, WriteSlot);
    }

    /// <summary>The key of an image link's slot index (an int) in its data.</summary>
    public static object SlotKey { get; } = new();

    /// <summary>What has been written; text appended here directly goes between what the renderer writes.</summary>
    public StringBuilder Output => _writer.GetStringBuilder();

    /// <summary>
    /// A renderer for <paramref name="pipeline"/> with nothing written yet; <see cref="Finish"/> it when done. One that
    /// threw is not finished, and not reused: its state is not known.
    /// </summary>
    /// <param name="slotted">While drafting: gets each image link written as its slot, by slot index. Null: images write their element.</param>
    public static SlotRenderer Rent(MarkdownPipeline pipeline, Dictionary<int, LinkInline>? slotted)
    {
        var renderer = t_idle is { } idle && idle._pipeline == pipeline ? idle : new SlotRenderer(pipeline, new StringWriter(CultureInfo.InvariantCulture));
        t_idle = null;
        renderer.Output.Clear();
        renderer.Reset();
        renderer._slotted = slotted;
        return renderer;
    }

    /// <summary>The HTML written; the renderer is this thread's to reuse.</summary>
    public string Finish()
    {
        _writer.Flush();
        var html = Output.ToString();
        _slotted = null;
        if (Output.Capacity <= KeptCapacity)
        {
            t_idle = this;
        }

        return html;
    }

    private bool WriteSlot(HtmlRenderer renderer, LinkInline link)
    {
        // Only where the image writes its element: inside another image's alt text it writes text alone, and no URL.
        if (_slotted is null || !EnableHtmlForInline || link.GetData(SlotKey) is not int index)
        {
            return false;
        }

        Write(GuideDraft.Slot(index));
        _slotted[index] = link;
        return true;
    }
}
