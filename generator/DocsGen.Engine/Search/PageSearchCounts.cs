using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>
/// The per-page half of a build's search index: each indexed page's entries and their counted terms, made by whichever
/// thread has the page at hand (the page renderer's, right after rendering it) and kept only until the index of its
/// version takes them to number, score and write.
/// </summary>
/// <remarks>
/// Counting is most of the index's work and each page's is its own. Made beside the rendering on a thread of its own, it
/// was the stage's longest thread (10k guide pages: ~2.7 s against ~1.5 s per rendering thread) and got no second core,
/// the renderer holding both; made by the rendering threads it is shared evenly, and what is left (scoring and the shard
/// bytes) runs once every page is counted. A page keeps only what the index files show of its entries, already
/// serialized (<see cref="ShownEntry"/>), never their text: the merge copies their bytes and scores, nothing more.
/// </remarks>
internal sealed class PageSearchCounts
{
    private readonly Dictionary<string, Page[]> _pagesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<Page, int> _slotOf = new(ReferenceEqualityComparer.Instance);
    private readonly (ShownEntry[] Entries, EntryTerms[] Terms)?[] _counted;

    /// <summary>Notes the pages the index of each version <paramref name="includes"/> names will list, in its order.</summary>
    public PageSearchCounts(SiteView site, Func<string, bool> includes)
    {
        foreach (var version in site.Config.Versions.Where(v => includes(v.Id)))
        {
            var pages = _pagesOf[version.Id] = [.. SearchEntries.PagesInOrder(site, version.Id)];
            foreach (var page in pages)
            {
                _slotOf.TryAdd(page, _slotOf.Count);
            }
        }

        _counted = new (ShownEntry[], EntryTerms[])?[_slotOf.Count];
    }

    /// <summary>Counts one page, if an index lists it; safe on many threads at once, each with its own pages.</summary>
    public void Count(Page page)
    {
        if (_slotOf.TryGetValue(page, out var slot))
        {
            _counted[slot] = Shown(SearchEntries.Counted(page));
        }
    }

    /// <summary>
    /// Takes a page's entries and their counted terms from a caller that counted them for itself (the disk cache keeps
    /// them with an API page), instead of counting them again; safe on many threads at once, each with its own pages.
    /// </summary>
    public void Add(Page page, IReadOnlyList<SearchEntry> entries, IReadOnlyList<EntryTerms> terms)
    {
        if (_slotOf.TryGetValue(page, out var slot))
        {
            _counted[slot] = ([.. entries.Select(ShownEntry.Of)], [.. terms]);
        }
    }

    /// <summary>The pages the version's index lists, in its order.</summary>
    public IReadOnlyList<Page> PagesOf(string version) => _pagesOf.GetValueOrDefault(version) ?? [];

    /// <summary>
    /// The page's entries and counted terms, handed over once: what <see cref="Count"/> made (let go here, so the index
    /// holds the only reference), else counted now.
    /// </summary>
    public (ShownEntry[] Entries, EntryTerms[] Terms) Take(Page page)
    {
        if (!_slotOf.TryGetValue(page, out var slot) || _counted[slot] is not { } counted)
        {
            return Shown(SearchEntries.Counted(page));
        }

        _counted[slot] = null;
        return counted;
    }

    /// <summary>A page's counted entries as the index files show them.</summary>
    public static (ShownEntry[] Entries, EntryTerms[] Terms) Shown((SearchEntry[] Entries, EntryTerms[] Terms) counted) =>
        ([.. counted.Entries.Select(ShownEntry.Of)], counted.Terms);
}
