using Markdig;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// A guide rendered to HTML before the rest of the site is known: what a link's URL becomes needs every page, so each
/// link that depends on the site shows the URL it resolved to when drafted (<see cref="DraftedLink.Shown"/>) in a slot
/// whose place is noted, and a slot whose link resolves to something else once every page is known is filled then.
/// The Markdown syntax tree is not kept: it dies young instead of surviving until every page is parsed.
/// </summary>
internal sealed class GuideDraft
{
    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlyDictionary<int, LinkInline> _images;
    private readonly IReadOnlyList<SlotSpan> _slots;

    /// <param name="html">The page's HTML, each link of <paramref name="links"/> that has a slot showing its <see cref="DraftedLink.Shown"/> URL.</param>
    /// <param name="slots">Where the HTML shows each slot, in order.</param>
    /// <param name="images">The image links with an element slot, by index in <paramref name="links"/>, cut from their tree.</param>
    public GuideDraft(string html, IReadOnlyList<DraftedLink> links, IReadOnlyList<SlotSpan> slots, IReadOnlyDictionary<int, LinkInline> images, MarkdownPipeline pipeline)
    {
        Html = html;
        Links = links;
        _slots = slots;
        _images = images;
        _pipeline = pipeline;
    }

    public string Html { get; }

    /// <summary>Every link of the page with a URL, in the order of the syntax tree.</summary>
    public IReadOnlyList<DraftedLink> Links { get; }

    /// <summary>
    /// The page's HTML with every slot filled: the resolved URL of its link, or the URL as written when
    /// <paramref name="resolved"/> has null for it, written as Markdig writes it (an image's whole element is rendered by
    /// Markdig). When every link resolves to the URL it shows, that is <see cref="Html"/> itself: no second copy of the page.
    /// </summary>
    /// <param name="resolved">The resolved URL of each of <see cref="Links"/>, by index.</param>
    public string Complete(IReadOnlyList<string?> resolved)
    {
        var first = 0;
        while (first < _slots.Count && !Changes(_slots[first], resolved))
        {
            first++;
        }

        if (first == _slots.Count)
        {
            return Html;
        }

        var renderer = SlotRenderer.Rent(_pipeline);
        var output = renderer.Output;
        var copied = 0;
        for (var i = first; i < _slots.Count; i++)
        {
            var slot = _slots[i];
            if (i > first && !Changes(slot, resolved))
            {
                continue;
            }

            output.Append(Html, copied, slot.Start - copied);
            Fill(renderer, slot.Link, Filled(slot.Link, resolved));
            copied = slot.Start + slot.Length;
        }

        output.Append(Html, copied, Html.Length - copied);
        return renderer.Finish();
    }

    private string Filled(int link, IReadOnlyList<string?> resolved) => resolved[link] ?? Links[link].Written;

    private bool Changes(SlotSpan slot, IReadOnlyList<string?> resolved) =>
        !string.Equals(Filled(slot.Link, resolved), Links[slot.Link].Shown, StringComparison.Ordinal);

    /// <summary>Writes the link's URL, or its image's element.</summary>
    private void Fill(HtmlRenderer renderer, int index, string url)
    {
        if (Links[index].Slot == LinkSlot.Url)
        {
            renderer.WriteEscapeUrl(url);
            return;
        }

        var image = _images[index];
        image.Url = url;
        renderer.Render(image);
    }
}
