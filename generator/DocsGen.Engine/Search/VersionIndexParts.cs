using System.Runtime.InteropServices;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>
/// One version's search index as the dev server keeps it between edits, in primitive arrays so that an edit costs
/// a pass over the postings instead of a rebuild:
/// <list type="bullet">
/// <item>per page, its entries as the files show them (<see cref="ShownEntry"/>) and each entry's counted terms, as
/// numbers into one term table;</item>
/// <item>site-wide statistics: each term's document frequency and each field's total length;</item>
/// <item>every posting, grouped by term in entry order (one array, each term a range of it), and each term's
/// bytes in its shard (<see cref="SearchIndexFiles.WriteTerm"/>).</item>
/// </list>
/// BM25F's statistics are site-wide: an edit that changes a page's length moves the average field length, and with
/// it possibly every score. So an edit re-scores every posting (a tight loop), compares each term's postings with the
/// last ones, and re-serialises only the terms whose postings changed; a term shard is written again only when one
/// of its terms changed or a term came or went. Rounding to integers means a tiny move of the average changes few
/// scores: the work is bounded by the postings, the writing by what changed, and the bytes are a cold build's.
/// </summary>
internal sealed class VersionIndexParts
{
    private const int Fields = EntryTerms.FieldCount;

    private readonly string _version;
    private readonly Dictionary<Page, PagePart> _parts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly SortedDictionary<string, List<int>> _shards = new(StringComparer.Ordinal);
    private readonly long[] _totalLengths = new long[Fields];
    private int _docShards;
    private bool _built;
    private int _scoredTerms;
    private List<Page> _order = [];
    private int[] _frequency = [];
    private double[] _idf = [];
    private int[] _idfFrequency = [];
    private int _idfEntries = -1;
    private int _entryCount;

    // The postings of the last scoring, grouped by term (term t's are _postings[_start[t].._start[t + 1]]), and a
    // second pair of arrays the next scoring fills: an edit allocates nothing of the postings' size.
    private Posting[] _postings = [];
    private int[] _start = [0];
    private Posting[] _nextPostings = [];
    private int[] _nextStart = [0];
    private byte[]?[] _termBytes = [];
    private ReadOnlyMemory<byte>?[] _titledBytes = [];
    private readonly Dictionary<string, LetterLayout> _layout = new(StringComparer.Ordinal);
    private readonly KeptTerms _termSource;
    private byte[] _manifest = [];
    private byte[]? _lines;

    private VersionIndexParts(string version)
    {
        _version = version;
        _termSource = new KeptTerms(this);
    }

    private string Folder => SearchIndex.FolderOf(_version);

    /// <summary>Builds the version's index from its pages, counted as they were rendered, and writes every file.</summary>
    public static VersionIndexParts Write(string version, PageSearchCounts counts, SiteOutput output)
    {
        var index = new VersionIndexParts(version);
        index._order = [.. counts.PagesOf(version)];
        foreach (var page in index._order)
        {
            var (entries, terms) = counts.Take(page);
            index.Add(page, index.Number(entries, terms));
        }

        foreach (var shard in Enumerable.Range(0, index._terms.Count).GroupBy(id => TermShardLayout.TopKey(index._terms[id])))
        {
            index._shards[shard.Key] = [.. shard.OrderBy(id => index._terms[id], StringComparer.Ordinal)];
        }

        index._built = true;
        index.Score();
        index.WriteFiles(output, null, [.. index._shards.Keys], []);
        return index;
    }

    /// <summary>
    /// Re-counts <paramref name="changed"/> (pages of this version), re-scores and writes the files that changed.
    /// Answers how many files were rewritten or deleted.
    /// </summary>
    public int Rewrite(SiteView site, IReadOnlyList<Page> changed, SiteOutput output, string outputDir)
    {
        var oldEntries = Entries().ToList();
        var order = SearchEntries.PagesInOrder(site, _version).ToList();
        foreach (var page in changed.Where(_parts.ContainsKey))
        {
            Remove(page);
        }

        // A title edit may re-order the pages, or the index may list pages it did not: the kept parts of the others
        // are taken in the new order, and pages it no longer lists leave their statistics.
        var listed = new HashSet<Page>(order, ReferenceEqualityComparer.Instance);
        foreach (var gone in _parts.Keys.Where(p => !listed.Contains(p)).ToList())
        {
            Remove(gone);
        }

        foreach (var page in order.Where(p => !_parts.ContainsKey(p)))
        {
            var (entries, terms) = CountTerms(page);
            Add(page, Number(entries, terms));
        }

        _order = order;
        var termsBefore = _scoredTerms;
        Score();

        // A term's bytes change exactly when its postings do; its shard changes when one of its terms does, or a term came or went.
        var dirtyShards = new HashSet<string>(StringComparer.Ordinal);
        for (var term = 0; term < _terms.Count; term++)
        {
            var now = _postings.AsSpan(_start[term], _start[term + 1] - _start[term]);
            var before = term < termsBefore ? _nextPostings.AsSpan(_nextStart[term], _nextStart[term + 1] - _nextStart[term]) : [];
            if ((now.Length > 0 && _termBytes[term] is null) || !now.SequenceEqual(before))
            {
                _termBytes[term] = null;
                _titledBytes[term] = null;
                dirtyShards.Add(TermShardLayout.TopKey(_terms[term]));
            }
        }

        var deleted = new List<string>();
        var written = WriteFiles(output, oldEntries, [.. dirtyShards], deleted);
        foreach (var path in deleted)
        {
            File.Delete(Path.Combine(outputDir, Folder + path));
        }

        return written + deleted.Count;
    }

    private static (ShownEntry[] Entries, EntryTerms[] Terms) CountTerms(Page page)
    {
        var entries = new List<SearchEntry>();
        SearchEntries.Add(page, entries);
        return ([.. entries.Select(ShownEntry.Of)], [.. entries.Select(RelevanceModel.Count)]);
    }

    /// <summary>The page's entries with their terms numbered, new terms added to the table and to their shard.</summary>
    private PagePart Number(ShownEntry[] entries, EntryTerms[] counted)
    {
        var parts = new EntryCounts[counted.Length];
        for (var e = 0; e < counted.Length; e++)
        {
            var terms = counted[e].Terms;
            var ids = new int[terms.Length];
            for (var at = 0; at < terms.Length; at++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, terms[at], out var seen);
                if (!seen)
                {
                    id = _terms.Count;
                    _terms.Add(terms[at]);
                    AddToShard(id);
                }

                ids[at] = id;
            }

            parts[e] = new EntryCounts(ids, counted[e].Frequencies, counted[e].Lengths, counted[e].InTitle);
        }

        return new PagePart(entries, parts);
    }

    /// <summary>New terms join their shard's list in order; the first build sorts each list once instead.</summary>
    private void AddToShard(int id)
    {
        if (!_built)
        {
            return;
        }

        var key = TermShardLayout.TopKey(_terms[id]);
        if (!_shards.TryGetValue(key, out var list))
        {
            _shards[key] = list = [];
        }

        var at = list.BinarySearch(id, Comparer<int>.Create((a, b) => string.CompareOrdinal(_terms[a], _terms[b])));
        list.Insert(~at, id);
    }

    private void Add(Page page, PagePart part)
    {
        _parts[page] = part;
        Tally(part, +1);
    }

    private void Remove(Page page)
    {
        Tally(_parts[page], -1);
        _parts.Remove(page);
    }

    /// <summary>Adds (or takes away) a page's share of the statistics: entries, field lengths, document frequencies.</summary>
    private void Tally(PagePart part, int sign)
    {
        if (_frequency.Length < _terms.Count)
        {
            Array.Resize(ref _frequency, Math.Max(_terms.Count, _frequency.Length * 2));
        }

        _entryCount += sign * part.Counts.Length;
        foreach (var entry in part.Counts)
        {
            for (var field = 0; field < Fields; field++)
            {
                _totalLengths[field] += sign * entry.Lengths[field];
            }

            foreach (var term in entry.Terms)
            {
                _frequency[term] += sign;
            }
        }
    }

    /// <summary>
    /// Scores every posting into the spare arrays and swaps them in (the last postings become the spare ones, for
    /// comparing). The arithmetic is <see cref="RelevanceModel"/>'s, in its order, so the integers are a cold build's.
    /// </summary>
    private void Score()
    {
        var terms = _terms.Count;
        var average = new double[Fields];
        for (var field = 0; field < Fields; field++)
        {
            average[field] = RelevanceModel.AverageLength(_totalLengths[field], _entryCount);
        }

        UpdateIdf(terms);
        if (_nextStart.Length < terms + 1)
        {
            _nextStart = new int[Math.Max(terms + 1, _start.Length * 2)];
        }

        var start = _nextStart;
        start[0] = 0;
        for (var term = 0; term < terms; term++)
        {
            start[term + 1] = start[term] + _frequency[term];
        }

        if (_nextPostings.Length < start[terms])
        {
            _nextPostings = new Posting[start[terms] + (start[terms] / 8)];
        }

        var postings = _nextPostings;
        var cursor = start.AsSpan(0, terms).ToArray();
        var normalisers = new double[Fields];
        var entry = 0;
        foreach (var page in _order)
        {
            foreach (var counts in _parts[page].Counts)
            {
                for (var field = 0; field < Fields; field++)
                {
                    normalisers[field] = RelevanceModel.Normaliser(field, counts.Lengths[field], average[field]);
                }

                var frequencies = counts.Frequencies;
                for (var at = 0; at < counts.Terms.Length; at++)
                {
                    var weighted = 0.0;
                    for (var field = 0; field < Fields; field++)
                    {
                        var tf = frequencies[at, field];
                        if (tf > 0)
                        {
                            weighted += RelevanceModel.FieldWeight(field) * tf / normalisers[field];
                        }
                    }

                    var term = counts.Terms[at];
                    postings[cursor[term]++] = new Posting(entry, RelevanceModel.Scaled(_idf[term], weighted), counts.InTitle[at]);
                }

                entry++;
            }
        }

        (_postings, _nextPostings) = (postings, _postings);
        (_start, _nextStart) = (start, _start);
        _scoredTerms = terms;
        if (_termBytes.Length < terms)
        {
            Array.Resize(ref _termBytes, Math.Max(terms, _termBytes.Length * 2));
            Array.Resize(ref _titledBytes, _termBytes.Length);
        }
    }

    /// <summary>A logarithm per term whose document frequency changed (every term's when the entry count did).</summary>
    private void UpdateIdf(int terms)
    {
        if (_idf.Length < terms)
        {
            Array.Resize(ref _idf, Math.Max(terms, _idf.Length * 2));
            var grown = new int[_idf.Length];
            grown.AsSpan().Fill(-1);
            _idfFrequency.CopyTo(grown, 0);
            _idfFrequency = grown;
        }

        for (var term = 0; term < terms; term++)
        {
            if (_idfFrequency[term] != _frequency[term] || _idfEntries != _entryCount)
            {
                _idf[term] = RelevanceModel.Idf(_frequency[term], _entryCount);
                _idfFrequency[term] = _frequency[term];
            }
        }

        _idfEntries = _entryCount;
    }

    private IEnumerable<ShownEntry> Entries() => _order.SelectMany(p => _parts[p].Entries);

    /// <summary>
    /// Writes the term shards named, the document shards whose entries changed (all of them without
    /// <paramref name="oldEntries"/>: the first build) and the manifest when it changed; adds to
    /// <paramref name="deleted"/> the shards the index no longer has. Answers how many files it wrote.
    /// </summary>
    private int WriteFiles(SiteOutput output, List<ShownEntry>? oldEntries, IReadOnlyCollection<string> shards, List<string> deleted)
    {
        var written = 0;
        foreach (var letter in shards)
        {
            var files = new List<(string Key, int Bytes)>();
            var split = new List<string>();
            var live = _shards[letter].Where(t => _start[t + 1] > _start[t]).ToList();
            if (live.Count > 0)
            {
                TermShardLayout.LayOut(letter, live, _termSource, (key, isSplit, parts) =>
                {
                    if (isSplit)
                    {
                        split.Add(key);
                    }

                    if (parts.Count > 0)
                    {
                        output.Write(Folder + $"t/{key}.json", parts);
                        files.Add((key, parts.Sum(p => p.Length)));
                        written++;
                    }
                });
            }

            if (_layout.TryGetValue(letter, out var before))
            {
                deleted.AddRange(before.Files.Select(f => f.Key).Except(files.Select(f => f.Key), StringComparer.Ordinal).Select(key => $"t/{key}.json"));
            }

            _layout[letter] = new LetterLayout(files, split);
        }

        var entries = Entries().ToList();
        var size = SearchIndexFiles.EntriesPerDocShard;
        var docShards = 0;
        for (; docShards * size < entries.Count; docShards++)
        {
            var slice = entries.Skip(docShards * size).Take(size);
            if (oldEntries is null || !slice.SequenceEqual(oldEntries.Skip(docShards * size).Take(size)))
            {
                output.Write(Folder + $"d/{docShards}.json", SearchIndexFiles.DocShard(slice));
                written++;
            }
        }

        for (var gone = docShards; gone < _docShards; gone++)
        {
            deleted.Add($"d/{gone}.json");
        }

        _docShards = docShards;

        var lines = SearchIndexFiles.ResultLines(entries);
        if (!lines.AsSpan().SequenceEqual(_lines))
        {
            output.Write(Folder + "l.json", lines);
            written++;
        }

        _lines = lines;
        var manifest = SearchIndexFiles.Manifest(
            entries.Count,
            Enumerable.Range(0, _terms.Count).Count(t => _start[t + 1] > _start[t]),
            [.. _layout.Values.SelectMany(l => l.Files).OrderBy(f => f.Key, StringComparer.Ordinal)],
            _layout.Values.SelectMany(l => l.Split),
            SearchIndexFiles.HasResultLines(lines),
            string.Concat(entries.Select(e => e.TitleWords)),
            string.Concat(entries.Select(e => e.Kind)));
        if (!manifest.AsSpan().SequenceEqual(_manifest))
        {
            _manifest = manifest;
            output.Write(Folder + "manifest.json", manifest);
            written++;
        }

        return written;
    }

    /// <summary>The term shard files of one first letter as last written, and the keys split among them.</summary>
    private sealed record LetterLayout(List<(string Key, int Bytes)> Files, List<string> Split);

    /// <summary>The kept terms as <see cref="TermShardLayout"/> reads them, each term's bytes serialised once per change.</summary>
    private sealed class KeptTerms(VersionIndexParts index) : TermShardLayout.ITermBytes
    {
        public string Name(int term) => index._terms[term];

        public ReadOnlyMemory<byte> Full(int term) => index._termBytes[term] ??= SearchIndexFiles.Term(index._terms[term], index.PostingsOf(term));

        public ReadOnlyMemory<byte> Titled(int term) => index._titledBytes[term] ??= SearchIndexFiles.TitledTerm(index._terms[term], index.PostingsOf(term));
    }

    private ReadOnlySpan<Posting> PostingsOf(int term) => _postings.AsSpan(_start[term], _start[term + 1] - _start[term]);

    /// <param name="Entries">The page's search entries as the files show them (never the text they were counted from).</param>
    /// <param name="Counts">Each entry's counted terms.</param>
    private sealed record PagePart(ShownEntry[] Entries, EntryCounts[] Counts);

    /// <summary>An entry's <see cref="EntryTerms"/> with its terms as numbers into the version's term table.</summary>
    private sealed record EntryCounts(int[] Terms, TermFrequencies Frequencies, int[] Lengths, bool[] InTitle);
}
