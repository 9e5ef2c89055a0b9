using System.Collections.Concurrent;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>
/// The search index kept in parts for the dev server: each page's entries and their counted terms, and the files
/// each version's index was written as. After a page edit only that page's entries are made and tokenized again;
/// the index is then re-scored from the kept counts (BM25F's statistics are site-wide, so every score may move)
/// and only the files whose bytes changed are rewritten. The bytes are those <see cref="SearchIndex"/> writes.
/// </summary>
internal sealed class SearchIndexParts
{
    private readonly ConcurrentDictionary<Page, PageEntries> _pages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SortedDictionary<string, byte[]>> _files = new(StringComparer.Ordinal);

    private SearchIndexParts()
    {
    }

    /// <summary>Builds and writes the index of the versions <paramref name="includes"/> names, keeping the parts.</summary>
    public static SearchIndexParts Write(SiteView site, SiteOutput output, Func<string, bool> includes)
    {
        var parts = new SearchIndexParts();
        foreach (var version in site.Config.Versions.Where(v => includes(v.Id)))
        {
            parts.WriteVersion(site, output, version.Id);
        }

        return parts;
    }

    /// <summary>
    /// Re-makes the entries of <paramref name="changed"/> and rewrites their versions' indexes: the files whose bytes
    /// changed, and deletes the files the index no longer has. Answers how many files it rewrote or deleted.
    /// </summary>
    public int Rewrite(SiteView site, SiteOutput output, string outputDir, IReadOnlyCollection<Page> changed)
    {
        foreach (var page in changed)
        {
            _pages.TryRemove(page, out _);
        }

        var rewritten = 0;
        foreach (var version in changed.Select(p => p.Version).Distinct(StringComparer.Ordinal).Where(_files.ContainsKey))
        {
            var before = _files[version];
            var after = WriteVersion(site, output, version, before);
            foreach (var gone in before.Keys.Where(path => !after.ContainsKey(path)))
            {
                File.Delete(Path.Combine(outputDir, SearchIndex.FolderOf(version) + gone));
                rewritten++;
            }

            rewritten += after.Count(file => !before.TryGetValue(file.Key, out var old) || !old.AsSpan().SequenceEqual(file.Value));
        }

        return rewritten;
    }

    private SortedDictionary<string, byte[]> WriteVersion(SiteView site, SiteOutput output, string version, SortedDictionary<string, byte[]>? before = null)
    {
        var pages = SearchEntries.PagesInOrder(site, version).ToList();
        // Tokenizing is most of the work: the pages not kept yet are counted in parallel, each on its own.
        Parallel.ForEach(pages.Where(p => !_pages.ContainsKey(p)), page => _pages[page] = PageEntries.Of(page));
        var entries = new List<SearchEntry>();
        var terms = new List<EntryTerms>();
        foreach (var page in pages)
        {
            var kept = _pages[page];
            entries.AddRange(kept.Entries);
            terms.AddRange(kept.Terms);
        }

        var files = SearchIndexFiles.Build(entries, RelevanceModel.Score(terms));
        foreach (var (path, bytes) in files)
        {
            // Compared in memory with what was written last time: an unchanged shard costs no read of the disk.
            if (before is null || !before.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
            {
                output.Write(SearchIndex.FolderOf(version) + path, bytes);
            }
        }

        _files[version] = files;
        return files;
    }

    private sealed record PageEntries(List<SearchEntry> Entries, EntryTerms[] Terms)
    {
        public static PageEntries Of(Page page)
        {
            var entries = new List<SearchEntry>();
            SearchEntries.Add(page, entries);
            return new PageEntries(entries, entries.Select(RelevanceModel.Count).ToArray());
        }
    }
}
