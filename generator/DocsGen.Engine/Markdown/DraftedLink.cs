using DocsGen.Diagnostics;

namespace DocsGen.Markdown;

/// <summary>A link or image of a drafted guide, as written, waiting for the site to resolve it.</summary>
/// <param name="Written">The URL as the author wrote it (what <see cref="LinkResolver.Resolve"/> is given).</param>
/// <param name="Slot">What of the draft's HTML depends on the resolved URL.</param>
/// <param name="Shown">
/// For a link with a slot, the URL the draft's HTML shows: what it resolved to when drafted (the URL as written when it did
/// not resolve), with the routes of pages not parsed yet.
/// </param>
internal sealed record DraftedLink(string Written, bool IsImage, SourceLocation Location, LinkSlot Slot, string Shown);

/// <summary>What of a drafted link's HTML waits for its resolved URL.</summary>
internal enum LinkSlot
{
    /// <summary>Nothing: its URL is the same on every site, or an extension gives the URL the page shows.</summary>
    None,

    /// <summary>The URL of an &lt;a href&gt;.</summary>
    Url,

    /// <summary>The whole element of an image: Markdig's media links choose &lt;img&gt;, &lt;video&gt;, &lt;audio&gt; or &lt;iframe&gt; from the URL.</summary>
    Element,
}

/// <summary>Where the draft's HTML shows the slot of link <paramref name="Link"/>: its URL, or its whole element (<see cref="LinkSlot"/>).</summary>
internal readonly record struct SlotSpan(int Link, int Start, int Length);
