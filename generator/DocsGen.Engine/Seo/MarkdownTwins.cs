using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Seo;

/// <summary>
/// Writes the Markdown twin of every page and, from them, llms.txt and llms-full.txt. What it keeps afterwards is
/// each current-version page's part of llms-full.txt, as UTF-8 bytes: after a page edit the dev server makes and
/// writes that page's twin alone, replaces its part, and writes llms-full.txt from the parts as they are (no page
/// rendered again, no text re-encoded, no copy of the whole file in memory). Twins of other versions are not kept:
/// nothing is made from them.
/// </summary>
internal sealed class MarkdownTwins
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<Page, byte[]> _llmsParts;
    private readonly bool _siteFiles;
    private readonly Action<Page, string>? _made;

    private MarkdownTwins(bool siteFiles, Action<Page, string>? made, int pages)
    {
        // Sized for every page: growing takes all its locks, which the writing threads then wait on.
        _llmsParts = new(Environment.ProcessorCount, pages, ReferenceEqualityComparer.Instance);
        _siteFiles = siteFiles;
        _made = made;
    }

    /// <param name="includes">Which versions' twins to write (a part of the site writes only its own).</param>
    /// <param name="siteFiles">Whether to write llms.txt and llms-full.txt (the current version's; its part owns them).</param>
    /// <param name="made">Told each twin as it is made (the build's .docsgen/cache entry keeps the API pages' twins instead of making them again).</param>
    public static MarkdownTwins Write(SiteView site, SiteOutput output, Func<string, bool> includes, bool siteFiles, Action<Page, string>? made = null)
    {
        var pages = site.Versions.Values.Where(v => includes(v.Version)).SelectMany(v => v.All).ToList();
        var twins = new MarkdownTwins(siteFiles, made, pages.Count);
        Parallel.ForEach(pages, page => twins.WriteTwin(site, output, page));
        twins.WriteSiteFiles(site, output, index: true);
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

    private void WriteTwin(SiteView site, SiteOutput output, Page page)
    {
        var twin = MarkdownTwin.For(site, page);
        // Encoded once, for the file and for its part of llms-full.txt.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(twin.Length));
        try
        {
            var bytes = buffer.AsSpan(0, Utf8.GetBytes(twin, buffer));
            output.Write(MarkdownTwin.PathOf(page), bytes);
            _made?.Invoke(page, twin);
            if (_siteFiles && page.Version == site.Config.CurrentVersion.Id)
            {
                _llmsParts[page] = LlmsText.FullPartUtf8(site, page, bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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
            parts.Add(_llmsParts.TryGetValue(page, out var part) ? part : Utf8.GetBytes(LlmsText.FullPart(site, page, MarkdownTwin.For(site, page))));
        }

        output.Write("llms-full.txt", parts);
        // Only the reading order's parts are ever read: a page a spec edit replaced (a new Page object in its place)
        // or one the reading order does not list would otherwise be held for the life of the server.
        if (_llmsParts.Count > order.Count)
        {
            var listed = new HashSet<Page>(order, ReferenceEqualityComparer.Instance);
            foreach (var page in _llmsParts.Keys.Where(p => !listed.Contains(p)))
            {
                _llmsParts.TryRemove(page, out _);
            }
        }
    }

    /// <summary>The pages whose llms-full.txt part is kept (tests: none outlives its page).</summary>
    internal IEnumerable<Page> KeptPages => _llmsParts.Keys;
}
