using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocsGen.Search;

/// <summary>
/// Writes the search entries of one version as small JSON files that search.js loads lazily:
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, entry count, entries per document shard, term shard keys (<c>t</c>) and their
/// sizes in KB (<c>tk</c>), the keys
/// split into longer ones (<c>s</c>, see <see cref="TermShardLayout"/>), the stop words (optional in a query), each
/// entry's title word count as one base-36 digit (<c>tw</c>) and its <see cref="SearchEntryKind"/> as one digit
/// (<c>k</c>: search.js ranks a page's exact title above a section's).</item>
/// <item><c>t/{key}.json</c>: the terms that start with the key (one letter; more where a letter's shard was split), each
/// as <c>[term, postings]</c>, sorted so a prefix is a contiguous range. Postings are pairs <c>entry delta, score * 2 +
/// in-title</c>: the entry number delta-encoded in entry order, then its <see cref="RelevanceModel"/> score for the term,
/// with the low bit set when the term is in the entry's title. A split key's own shard holds the longer terms' title
/// postings only.</item>
/// <item><c>d/{n}.json</c>: entries n*size..(n+1)*size-1 as <c>[kind, title, url, parent, excerpt, method, path]</c>,
/// trailing empty strings left off.</item>
/// <item><c>l.json</c>: every entry's result line as <c>[title, parent, method, path]</c>, trailing empty strings left off;
/// or <c>null</c> when the table would be too large (<see cref="ResultLinesAtMost"/>). The file is always there, so that
/// a page can ask for it beside the manifest, not after it: docsgen.js does when the reader shows intent to search. search.js
/// paints a key's first results from it as soon as the term shard is in; the document shards (URL, excerpt) complete them
/// a round trip later.</item>
/// </list>
/// A reader about to search downloads the manifest; each key then needs one term shard per first letter typed, and
/// the document shards of the results shown: never the whole index.
/// </summary>
internal static class SearchIndexFiles
{
    public const int Format = 3;

    /// <summary>
    /// Entries per document shard: about 10 KB of titles, URLs and excerpts. search.js shows a query's first results as
    /// soon as their shards are in, and those results are scattered over the index: on Stripe and hugo-docs, the first six
    /// results of a typed prefix lie in a median of 4 shards of 50 entries (about 40 KB) against 2-3 shards of 200 (about
    /// 100 KB). One fetch more, in parallel, for less than half the bytes.
    /// </summary>
    public const int EntriesPerDocShard = 50;

    /// <summary>How many results search.js shows before it has the documents of the rest (its FIRST_PAINT).</summary>
    public const int FirstResultsShown = 6;

    /// <summary>
    /// The largest result-line table written. Stripe's is about 83 KB and hugo-docs' 82 KB: a download on intent (the
    /// pointer on the search button, the dialog opening) that saves the first key a round trip, which on a loaded 2-core
    /// machine costs tens of milliseconds. A site with more entries goes without: its first results wait for their
    /// document shards, and no reader downloads a table of hundreds of kilobytes to search once.
    /// </summary>
    public const int ResultLinesAtMost = 160 * 1024;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files of one version's index, keyed by path relative to the index folder, in a stable order.</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries) => Build(entries, RelevanceModel.Score(entries));

    /// <summary>The same files from postings already scored (the dev server scores from counts it kept).</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries, Dictionary<string, List<Posting>> postings) =>
        Build(entries, postings, TermShardLayout.SplitAbove);

    /// <param name="splitAbove">The size above which a term shard is split (<see cref="TermShardLayout.SplitAbove"/>; tests make it small).</param>
    internal static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries, Dictionary<string, List<Posting>> postings, int splitAbove) =>
        Build([.. entries.Select(ShownEntry.Of)], postings, splitAbove);

    /// <summary>The files of entries serialized as they were counted (<see cref="ShownEntry"/>), from their scored postings.</summary>
    internal static SortedDictionary<string, byte[]> Build(IReadOnlyList<ShownEntry> entries, Dictionary<string, List<Posting>> postings, int splitAbove = TermShardLayout.SplitAbove)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var terms = new ScoredTerms(postings);
        terms.SerializeAll();
        var split = new List<string>();
        foreach (var letter in Enumerable.Range(0, terms.Count).GroupBy(t => TermShardLayout.TopKey(terms.Name(t))))
        {
            TermShardLayout.LayOut(letter.Key, [.. letter], terms, (key, isSplit, parts) =>
            {
                if (isSplit)
                {
                    split.Add(key);
                }

                if (parts.Count > 0)
                {
                    files[$"t/{key}.json"] = Concat(parts);
                }
            }, splitAbove);
        }

        for (var n = 0; n * EntriesPerDocShard < entries.Count; n++)
        {
            files[$"d/{n}.json"] = DocShard(entries.Skip(n * EntriesPerDocShard).Take(EntriesPerDocShard));
        }

        var shards = files.Where(f => f.Key.StartsWith("t/", StringComparison.Ordinal)).Select(f => (f.Key[2..^5], f.Value.Length)).ToList();
        var lines = ResultLines(entries);
        files["l.json"] = lines;
        files["manifest.json"] = Manifest(
            entries.Count, postings.Count, shards, split, HasResultLines(lines), string.Concat(entries.Select(e => e.TitleWords)), string.Concat(entries.Select(e => e.Kind)));
        return files;
    }

    private static byte[] Concat(IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var bytes = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(bytes.AsSpan(at));
            at += part.Length;
        }

        return bytes;
    }

    /// <summary>
    /// Scored postings as <see cref="TermShardLayout"/> reads them: terms numbered in ordinal order, each term's bytes
    /// serialised once (the layout reads them twice: to size a letter's shard, then to join it).
    /// </summary>
    private sealed class ScoredTerms : TermShardLayout.ITermBytes
    {
        private readonly string[] _names;
        private readonly List<Posting>[] _postings;
        private readonly byte[]?[] _full;

        public ScoredTerms(Dictionary<string, List<Posting>> postings)
        {
            _names = [.. postings.Keys.Order(StringComparer.Ordinal)];
            _postings = [.. _names.Select(name => postings[name])];
            _full = new byte[]?[_names.Length];
        }

        public int Count => _names.Length;

        public string Name(int term) => _names[term];

        /// <summary>
        /// Serializes every term's postings, in parallel: the index's last step on a large site, when the pages are
        /// rendered and a core is free, and each term's bytes are its own.
        /// </summary>
        public void SerializeAll() => Parallel.For(0, _names.Length, term => Full(term));

        public ReadOnlyMemory<byte> Full(int term) => _full[term] ??= Term(_names[term], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_postings[term]));

        public ReadOnlyMemory<byte> Titled(int term) => TitledTerm(_names[term], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_postings[term]));
    }

    /// <summary>
    /// One term of a term shard, <c>[term, postings]</c>. A shard is its terms' arrays joined by commas inside
    /// <c>[...]</c>, so the dev server keeps each term's bytes and joins them again after an edit.
    /// </summary>
    internal static void WriteTerm(Utf8JsonWriter json, string term, ReadOnlySpan<Posting> postings)
    {
        json.WriteStartArray();
        json.WriteStringValue(term);
        json.WriteStartArray();
        var previous = 0;
        foreach (var posting in postings)
        {
            json.WriteNumberValue(posting.Entry - previous);
            json.WriteNumberValue((posting.Score * 2) + (posting.InTitle ? 1 : 0));
            previous = posting.Entry;
        }

        json.WriteEndArray();
        json.WriteEndArray();
    }

    /// <summary>The bytes of <see cref="WriteTerm"/> for the postings that are title postings; empty when none is.</summary>
    internal static ReadOnlyMemory<byte> TitledTerm(string term, ReadOnlySpan<Posting> postings)
    {
        var titled = new List<Posting>();
        foreach (var posting in postings)
        {
            if (posting.InTitle)
            {
                titled.Add(posting);
            }
        }

        return titled.Count == 0 ? ReadOnlyMemory<byte>.Empty : Term(term, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(titled));
    }

    /// <summary>The bytes of <see cref="WriteTerm"/> alone.</summary>
    internal static byte[] Term(string term, ReadOnlySpan<Posting> postings)
    {
        // Tens of thousands of terms per version: one buffer and one writer per thread, reset for each.
        var (buffer, json) = _valueWriter ??= NewValueWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        WriteTerm(json, term, postings);
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? _valueWriter;

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewValueWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, Compact));
    }

    /// <summary>The result-line table (<c>l.json</c>) of these entries, or JSON's <c>null</c> when it would be larger than <see cref="ResultLinesAtMost"/>.</summary>
    internal static byte[] ResultLines(IEnumerable<ShownEntry> entries)
    {
        // The table is its entries' lines, joined by commas inside [...]: the size is known before a byte is copied.
        var items = entries.Select(e => e.Line).ToList();
        return JoinedLength(items) > ResultLinesAtMost ? NoResultLines.ToArray() : Joined(items);
    }

    /// <summary>Whether <paramref name="lines"/> (<see cref="ResultLines"/>) is a table, not <c>null</c>.</summary>
    internal static bool HasResultLines(ReadOnlySpan<byte> lines) => !lines.SequenceEqual(NoResultLines);

    /// <summary>The <c>l.json</c> of an index without a result-line table.</summary>
    private static ReadOnlySpan<byte> NoResultLines => "null"u8;

    /// <summary>An array of an optional number and strings, trailing empty strings left off.</summary>
    private static void WriteTrimmed(Utf8JsonWriter json, int? first, string[] values)
    {
        var count = values.Length;
        while (count > 0 && values[count - 1].Length == 0)
        {
            count--;
        }

        json.WriteStartArray();
        if (first is { } number)
        {
            json.WriteNumberValue(number);
        }

        foreach (var value in values.Take(count))
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A document shard (<c>d/{n}.json</c>) of these entries: their items joined by commas inside [...].</summary>
    internal static byte[] DocShard(IEnumerable<ShownEntry> entries)
    {
        return Joined(entries.Select(e => e.Document).ToList());
    }

    /// <summary>An entry's item of a document shard: <c>[kind, title, url, parent, excerpt, method, path]</c>, trailing empty strings left off.</summary>
    internal static byte[] DocumentItem(SearchEntry entry) =>
        Item(json => WriteTrimmed(json, (int)entry.Kind, [entry.Title, entry.Url, entry.Parent, entry.Excerpt, entry.Method, entry.Path]));

    /// <summary>An entry's item of the result-line table: <c>[title, parent, method, path]</c>, trailing empty strings left off.</summary>
    internal static byte[] LineItem(SearchEntry entry) => Item(json => WriteTrimmed(json, null, [entry.Title, entry.Parent, entry.Method, entry.Path]));

    /// <summary>One JSON value alone, written with the thread's writer (tens of thousands of entries per version).</summary>
    private static byte[] Item(Action<Utf8JsonWriter> write)
    {
        var (buffer, json) = _valueWriter ??= NewValueWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        write(json);
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The length of <paramref name="items"/> joined by commas inside [...] (<see cref="Joined"/>).</summary>
    private static long JoinedLength(List<byte[]> items) => 2L + items.Sum(i => (long)i.Length) + Math.Max(0, items.Count - 1);

    /// <summary><paramref name="items"/> joined by commas inside [...].</summary>
    private static byte[] Joined(List<byte[]> items)
    {
        var bytes = new byte[JoinedLength(items)];
        bytes[0] = (byte)'[';
        var at = 1;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                bytes[at++] = (byte)',';
            }

            items[i].CopyTo(bytes, at);
            at += items[i].Length;
        }

        bytes[at] = (byte)']';
        return bytes;
    }

    /// <summary>An entry's title word count as <c>tw</c> writes it.</summary>
    internal static char TitleWordsDigit(SearchEntry entry) => "0123456789abcdefghijklmnopqrstuvwxyz"[RelevanceModel.TitleWords(entry.Title)];

    /// <summary>An entry's kind as <c>k</c> writes it.</summary>
    internal static char KindDigit(SearchEntry entry) => (char)('0' + (int)entry.Kind);

    /// <param name="shards">The term shard files' keys, in ordinal order, and their sizes in bytes.</param>
    /// <param name="splitKeys">The keys <see cref="TermShardLayout"/> split.</param>
    /// <param name="lines">Whether the index has a result-line table (<c>l.json</c>).</param>
    /// <param name="titleWords">Each entry's <see cref="TitleWordsDigit"/>, in entry order.</param>
    /// <param name="kinds">Each entry's <see cref="KindDigit"/>, in entry order.</param>
    internal static byte[] Manifest(int entries, int terms, IReadOnlyList<(string Key, int Bytes)> shards, IEnumerable<string> splitKeys, bool lines, string titleWords, string kinds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("f", Format);
            json.WriteNumber("n", entries);
            json.WriteNumber("terms", terms);
            json.WriteNumber("ds", EntriesPerDocShard);
            if (lines)
            {
                json.WriteNumber("l", 1);
            }

            json.WriteStartArray("t");
            foreach (var (key, _) in shards)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();

            // Sizes in KB, rounded up, for search.js to prefetch the likeliest shards within a budget.
            json.WriteStartArray("tk");
            foreach (var (_, bytes) in shards)
            {
                json.WriteNumberValue((bytes + 1023) / 1024);
            }

            json.WriteEndArray();
            json.WriteStartArray("s");
            foreach (var key in splitKeys.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteStartArray("sw");
            foreach (var word in SearchTokenizer.StopWordList)
            {
                json.WriteStringValue(word);
            }

            json.WriteEndArray();
            json.WriteString("tw", titleWords);
            json.WriteString("k", kinds);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
