using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// Writes the Markdown twin of every page and, from them, llms.txt and llms-full.txt. For the dev server it keeps each
/// current-version page's part of llms-full.txt, as UTF-8 bytes: after a page edit it makes and writes that page's
/// twin alone, replaces its part, and writes llms-full.txt from the parts as they are (no page rendered again, no text
/// re-encoded, no copy of the whole file in memory). A one-off build keeps no part: it writes llms-full.txt as it
/// makes the twins of its pages (<see cref="WriteTwinsAndFull"/>). Twins of other versions are not kept: nothing is
/// made from them.
/// </summary>
internal sealed class MarkdownTwins
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How many pages' twins a one-off build makes side by side before it appends their parts to llms-full.txt.</summary>
    private const int PagesPerBatch = 64;

    /// <summary>A builder's capacity kept for the thread's next twin: one huge page should not pin its buffer.</summary>
    private const int KeptBuilderCapacity = 1 << 20;

    /// <summary>The thread's builder of guide twins, reused page after page (see <see cref="WriteTwin"/>).</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    [ThreadStatic]
    private static Encoder? t_encoder;

    /// <summary>Null when the parts are not kept (a one-off build).</summary>
    private readonly ConcurrentDictionary<Page, byte[]>? _llmsParts;
    private readonly bool _siteFiles;
    private readonly Action<Page, string>? _made;

    private MarkdownTwins(bool siteFiles, bool keepParts, Action<Page, string>? made, int pages)
    {
        // Sized for every page: growing takes all its locks, which the writing threads then wait on.
        _llmsParts = keepParts ? new(Environment.ProcessorCount, pages, ReferenceEqualityComparer.Instance) : null;
        _siteFiles = siteFiles;
        _made = made;
    }

    /// <param name="includes">Which versions' twins to write (a part of the site writes only its own).</param>
    /// <param name="siteFiles">Whether to write llms.txt and llms-full.txt (the current version's; its part owns them).</param>
    /// <param name="keepParts">
    /// Whether to keep the pages' parts of llms-full.txt for <see cref="Rewrite"/> (the dev server). Without them a
    /// rewrite makes the twins of the pages it does not change again.
    /// </param>
    /// <param name="made">Told each generated page's twin as it is made (the build's .docsgen/cache entry keeps the API pages' twins instead of making them again).</param>
    public static MarkdownTwins Write(SiteView site, SiteOutput output, Func<string, bool> includes, bool siteFiles, bool keepParts, Action<Page, string>? made = null)
    {
        var pages = site.Versions.Values.Where(v => includes(v.Version)).SelectMany(v => v.All).ToList();
        var twins = new MarkdownTwins(siteFiles, keepParts, made, pages.Count);
        if (!siteFiles || keepParts)
        {
            Parallel.ForEach(pages, page => twins.WriteTwin(site, output, page));
            twins.WriteSiteFiles(site, output, index: true);
            return twins;
        }

        // llms-full.txt's pages are made with the file, in its order; the others first, side by side.
        var order = site.ReadingOrder[site.Config.CurrentVersion.Id];
        var listed = new HashSet<Page>(order, ReferenceEqualityComparer.Instance);
        Parallel.ForEach(pages.Where(p => !listed.Contains(p)), page => twins.WriteTwin(site, output, page));
        output.Write("llms.txt", LlmsText.Index(site));
        output.Write("llms-full.txt", full => twins.WriteTwinsAndFull(site, output, order, full));
        return twins;
    }

    /// <summary>
    /// Makes and writes the twins of <paramref name="changed"/>, then llms-full.txt when it shows one of them, and
    /// llms.txt too when <paramref name="navigationChanged"/> (it lists titles, not bodies).
    /// </summary>
    public void Rewrite(SiteView site, SiteOutput output, IReadOnlyCollection<Page> changed, bool navigationChanged = true)
    {
        foreach (var page in changed)
        {
            WriteTwin(site, output, page);
        }

        if (changed.Any(p => p.Version == site.Config.CurrentVersion.Id))
        {
            WriteSiteFiles(site, output, navigationChanged);
        }
    }

    /// <summary>Makes and writes the page's twin; returns its part of llms-full.txt when that file shows the page's version.</summary>
    private byte[]? WriteTwin(SiteView site, SiteOutput output, Page page)
    {
        // A guide's twin is made in the thread's builder and encoded from it, never made a string: only a generated
        // page's twin is one (it is made as one, and the made callback keeps those alone).
        var builder = t_builder ??= new StringBuilder();
        builder.Clear();
        string? twin = null;
        if (MarkdownTwin.IsGuide(page))
        {
            MarkdownTwin.AppendGuide(site, page, builder);
        }
        else
        {
            twin = MarkdownTwin.For(site, page);
        }

        // Encoded once, for the file and for its part of llms-full.txt.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(twin?.Length ?? builder.Length));
        try
        {
            var bytes = buffer.AsSpan(0, twin is null ? Encode(builder, buffer) : Utf8.GetBytes(twin, buffer));
            if (builder.Capacity > KeptBuilderCapacity)
            {
                t_builder = null;
            }

            output.Write(MarkdownTwin.PathOf(page), bytes);
            if (twin is not null)
            {
                _made?.Invoke(page, twin);
            }

            if (!_siteFiles || page.Version != site.Config.CurrentVersion.Id)
            {
                return null;
            }

            var part = LlmsText.FullPartUtf8(site, page, bytes);
            if (_llmsParts is not null)
            {
                _llmsParts[page] = part;
            }

            return part;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The builder's text as UTF-8 in <paramref name="buffer"/> (large enough for any of it); answers the length.</summary>
    internal static int Encode(StringBuilder builder, byte[] buffer)
    {
        // Chunk by chunk through one encoder: a surrogate pair split between two chunks is encoded whole.
        var encoder = t_encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        var length = 0;
        foreach (var chunk in builder.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }

        return length + encoder.GetBytes([], buffer.AsSpan(length), flush: true);
    }

    /// <summary>
    /// Makes and writes the twins of the pages of <paramref name="order"/> (the current version's reading order) and
    /// streams llms-full.txt into <paramref name="full"/> as it goes: a batch of pages side by side, then their parts
    /// appended in order. A part is held no longer than its batch (a 10,000-page site's parts, 23 MB, were held to the
    /// end of the build), except that of a page the order lists twice, until its second place.
    /// </summary>
    private void WriteTwinsAndFull(SiteView site, SiteOutput output, IReadOnlyList<Page> order, Stream full)
    {
        full.Write(Utf8.GetBytes(LlmsText.FullHeader(site)));
        var first = new Dictionary<Page, int>(order.Count, ReferenceEqualityComparer.Instance);
        var listedAgain = new Dictionary<Page, byte[]?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < order.Count; i++)
        {
            if (!first.TryAdd(order[i], i))
            {
                listedAgain[order[i]] = null;
            }
        }

        var parts = new byte[]?[PagesPerBatch];
        for (var start = 0; start < order.Count; start += PagesPerBatch)
        {
            var count = Math.Min(PagesPerBatch, order.Count - start);
            // A page's twin is written once, at its first place in the order.
            Parallel.For(0, count, i => parts[i] = first[order[start + i]] == start + i ? WriteTwin(site, output, order[start + i]) : null);
            for (var i = 0; i < count; i++)
            {
                var page = order[start + i];
                var part = parts[i] ?? listedAgain[page]!;
                if (parts[i] is not null && listedAgain.ContainsKey(page))
                {
                    listedAgain[page] = part;
                }

                full.Write(part);
                parts[i] = null;
            }
        }
    }

    private void WriteSiteFiles(SiteView site, SiteOutput output, bool index)
    {
        if (!_siteFiles)
        {
            return;
        }

        if (index)
        {
            output.Write("llms.txt", LlmsText.Index(site));
        }

        var order = site.ReadingOrder[site.Config.CurrentVersion.Id];
        var parts = new List<ReadOnlyMemory<byte>>(order.Count + 1) { Utf8.GetBytes(LlmsText.FullHeader(site)) };
        foreach (var page in order)
        {
            parts.Add(_llmsParts?.TryGetValue(page, out var part) == true ? part : Utf8.GetBytes(LlmsText.FullPart(site, page, MarkdownTwin.For(site, page))));
        }

        output.Write("llms-full.txt", parts);
        // Only the reading order's parts are ever read: a page a spec edit replaced (a new Page object in its place)
        // or one the reading order does not list would otherwise be held for the life of the server.
        if (_llmsParts is not null && _llmsParts.Count > order.Count)
        {
            var listed = new HashSet<Page>(order, ReferenceEqualityComparer.Instance);
            foreach (var page in _llmsParts.Keys.Where(p => !listed.Contains(p)))
            {
                _llmsParts.TryRemove(page, out _);
            }
        }
    }

    /// <summary>The pages whose llms-full.txt part is kept (tests: none outlives its page).</summary>
    internal IEnumerable<Page> KeptPages => _llmsParts?.Keys ?? Enumerable.Empty<Page>();
}
