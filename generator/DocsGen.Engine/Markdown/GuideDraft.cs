using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>
/// A guide rendered to HTML before the rest of the site is known: what a link's URL becomes needs every page (routes,
/// anchors), so each link that depends on the site leaves a slot in the HTML, filled in once it is resolved. The
/// Markdown syntax tree is not kept: it dies young instead of surviving until every page is parsed.
/// </summary>
internal sealed class GuideDraft
{
    // Letters, digits and '-' only: Markdig's URL escaping leaves a slot as it is, and no text makes one by accident.
    private const string SlotStart = "--docsgen-link-slot-";
    private const string SlotEnd = "--";

    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlyDictionary<int, LinkInline> _images;

    /// <param name="html">The page's HTML with a slot for each link of <paramref name="links"/> that has one.</param>
    /// <param name="images">The image links with an element slot, by index in <paramref name="links"/>, cut from their tree.</param>
    public GuideDraft(string html, IReadOnlyList<DraftedLink> links, IReadOnlyDictionary<int, LinkInline> images, MarkdownPipeline pipeline)
    {
        Html = html;
        Links = links;
        _images = images;
        _pipeline = pipeline;
    }

    public string Html { get; }

    /// <summary>Every link of the page with a URL, in the order of the syntax tree.</summary>
    public IReadOnlyList<DraftedLink> Links { get; }

    /// <summary>The text that stands for the link at <paramref name="index"/> of <see cref="Links"/> until it is resolved.</summary>
    public static string Slot(int index) => index < CommonSlots.Length ? CommonSlots[index] : NewSlot(index);

    /// <summary>The slots nearly every page uses, made once rather than once per link.</summary>
    private static readonly string[] CommonSlots = [.. Enumerable.Range(0, 64).Select(NewSlot)];

    private static string NewSlot(int index) => SlotStart + index.ToString(CultureInfo.InvariantCulture) + SlotEnd;

    /// <summary>
    /// The page's HTML with every slot filled: the resolved URL of its link, or the URL as written when
    /// <paramref name="resolved"/> has null for it, written as Markdig writes it (an image's whole element is rendered by
    /// Markdig). Text that only looks like a slot (raw HTML may forge one) is left as it is or filled the same way, so a
    /// page can break its own links but never bring unescaped text in.
    /// </summary>
    /// <param name="resolved">The resolved URL of each of <see cref="Links"/>, by index.</param>
    public string Complete(IReadOnlyList<string?> resolved)
    {
        var next = Html.IndexOf(SlotStart, StringComparison.Ordinal);
        if (next < 0)
        {
            return Html;
        }

        var renderer = SlotRenderer.Rent(_pipeline, slotted: null);
        var output = renderer.Output;
        var copied = 0;
        while (next >= 0)
        {
            output.Append(Html, copied, next - copied);
            if (ReadSlot(next) is { } slot && Fill(renderer, slot.Index, resolved))
            {
                copied = slot.End;
            }
            else
            {
                output.Append(SlotStart);
                copied = next + SlotStart.Length;
            }

            next = Html.IndexOf(SlotStart, copied, StringComparison.Ordinal);
        }

        output.Append(Html, copied, Html.Length - copied);
        return renderer.Finish();
    }

    /// <summary>Writes the link's resolved URL, or its image's element; false when the link has no slot of that kind.</summary>
    private bool Fill(HtmlRenderer renderer, int index, IReadOnlyList<string?> resolved)
    {
        var link = Links[index];
        var url = resolved[index] ?? link.Written;
        if (link.Slot == LinkSlot.Url)
        {
            renderer.WriteEscapeUrl(url);
            return true;
        }

        if (link.Slot == LinkSlot.Element && _images.TryGetValue(index, out var image))
        {
            image.Url = url;
            renderer.Render(image);
            return true;
        }

        return false;
    }

    /// <summary>The link index a slot at <paramref name="start"/> names and where the slot ends; null when it is not a slot of a link.</summary>
    private (int Index, int End)? ReadSlot(int start)
    {
        var digits = start + SlotStart.Length;
        var end = digits;
        while (end < Html.Length && end - digits < 9 && char.IsAsciiDigit(Html[end]))
        {
            end++;
        }

        if (end == digits || !Html.AsSpan(end).StartsWith(SlotEnd, StringComparison.Ordinal)
            || !int.TryParse(Html.AsSpan(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= Links.Count)
        {
            return null;
        }

        return (index, end + SlotEnd.Length);
    }
}
