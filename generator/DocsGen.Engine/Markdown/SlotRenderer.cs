using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// Markdig's HTML renderer for guide drafts (<see cref="GuideDrafter"/>) and their slots (<see cref="GuideDraft"/>): one per
/// thread and pipeline, reused page after page as Markdig reuses its own. While drafting, each link that has a slot is
/// written as Markdig writes it, and where its URL (or an image's whole element) went is noted.
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
    private List<SlotSpan>? _spans;
    private LinkInline? _writing;

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
    /// <param name="slotted">While drafting: gets each image link that has a slot, by slot index. Null when not drafting.</param>
    /// <param name="spans">While drafting: gets where each slot was written, in the order of the HTML.</param>
    public static SlotRenderer Rent(MarkdownPipeline pipeline, Dictionary<int, LinkInline>? slotted = null, List<SlotSpan>? spans = null)
    {
        var renderer = t_idle is { } idle && idle._pipeline == pipeline ? idle : new SlotRenderer(pipeline, new StringWriter(CultureInfo.InvariantCulture));
        t_idle = null;
        renderer.Output.Clear();
        renderer.Reset();
        renderer._slotted = slotted;
        renderer._spans = spans;
        renderer._writing = null;
        return renderer;
    }

    /// <summary>The HTML written; the renderer is this thread's to reuse.</summary>
    public string Finish()
    {
        _writer.Flush();
        var html = Output.ToString();
        _slotted = null;
        _spans = null;
        if (Output.Capacity <= KeptCapacity)
        {
            t_idle = this;
        }

        return html;
    }

    private bool WriteSlot(HtmlRenderer renderer, LinkInline link)
    {
        // Only where the link writes its URL: inside an image's alt text it writes text alone. The link itself is written
        // by Markdig (this writer steps aside for it), so a draft whose URLs resolve to what they show is final as it is.
        if (_spans is null || !EnableHtmlForInline || ReferenceEquals(link, _writing) || link.GetData(SlotKey) is not int index)
        {
            return false;
        }

        var outer = _writing;
        _writing = link;
        var at = _spans.Count;
        var start = Output.Length;
        Write(link);
        _writing = outer;
        if (link.IsImage)
        {
            _spans.Insert(at, new SlotSpan(index, start, Output.Length - start));
            _slotted![index] = link;
            return true;
        }

        // Markdig writes <a href="URL" …; its URL escaping turns any '"' into %22, so the first quote ends the URL.
        var url = start + AnchorStart.Length;
        var end = url;
        while (Output[end] != '"')
        {
            end++;
        }

        _spans.Insert(at, new SlotSpan(index, url, end - url));
        return true;
    }

    private const string AnchorStart = "<a href=\"";
}
