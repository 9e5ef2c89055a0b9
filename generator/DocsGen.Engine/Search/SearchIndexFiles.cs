using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocsGen.Search;

/// <summary>
/// Writes the search entries of one version as small JSON files that search.js loads lazily:
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, entry count, entries per document shard, term shard keys, the stop
/// words (optional in a query), each entry's title word count as one base-36 digit (<c>tw</c>) and its
/// <see cref="SearchEntryKind"/> as one digit (<c>k</c>: search.js ranks a page's exact title above a section's).</item>
/// <item><c>t/{c}.json</c>: the terms that start with character c, each as <c>[term, postings]</c>, sorted so a
/// prefix is a contiguous range. Postings are pairs <c>entry delta, score * 2 + in-title</c>: the entry
/// number delta-encoded in entry order, then its <see cref="RelevanceModel"/> score for the term, with the
/// low bit set when the term is in the entry's title.</item>
/// <item><c>d/{n}.json</c>: entries n*size..(n+1)*size-1 as <c>[kind, title, url, parent, excerpt, method, path]</c>,
/// trailing empty strings left off.</item>
/// </list>
/// A reader about to search downloads the manifest; each key then needs one term shard per first letter typed, and
/// the document shards of the results shown: never the whole index.
/// </summary>
internal static class SearchIndexFiles
{
    public const int Format = 2;

    /// <summary>
    /// Entries per document shard: about 10 KB of titles, URLs and excerpts. search.js shows a query's first results as
    /// soon as their shards are in, and those results are scattered over the index: on Stripe and hugo-docs, the first six
    /// results of a typed prefix lie in a median of 4 shards of 50 entries (about 40 KB) against 2-3 shards of 200 (about
    /// 100 KB). One fetch more, in parallel, for less than half the bytes.
    /// </summary>
    public const int EntriesPerDocShard = 50;

    /// <summary>How many results search.js shows before it has the documents of the rest (its FIRST_PAINT).</summary>
    public const int FirstResultsShown = 6;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files of one version's index, keyed by path relative to the index folder, in a stable order.</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries) => Build(entries, RelevanceModel.Score(entries));

    /// <summary>The same files from postings already scored (the dev server scores from counts it kept).</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries, Dictionary<string, List<Posting>> postings)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var shards = postings.Keys.GroupBy(ShardKey).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var shard in shards)
        {
            files[$"t/{shard.Key}.json"] = TermShard(shard.OrderBy(t => t, StringComparer.Ordinal), postings);
        }

        for (var start = 0; start < entries.Count; start += EntriesPerDocShard)
        {
            var slice = entries.Skip(start).Take(EntriesPerDocShard);
            files[$"d/{start / EntriesPerDocShard}.json"] = DocShard(slice);
        }

        files["manifest.json"] = Manifest(entries, postings.Count, shards.Select(s => s.Key));
        return files;
    }

    /// <summary>"payments" goes to shard "p"; digits to their own shard; anything else (non-Latin scripts) to "_".</summary>
    public static string ShardKey(string term) => char.IsAsciiLetterLower(term[0]) || char.IsAsciiDigit(term[0]) ? term[..1] : "_";

    private static byte[] TermShard(IEnumerable<string> terms, Dictionary<string, List<Posting>> postings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartArray();
            foreach (var term in terms)
            {
                WriteTerm(json, term, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings[term]));
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
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

    /// <summary>The bytes of <see cref="WriteTerm"/> alone.</summary>
    internal static byte[] Term(string term, ReadOnlySpan<Posting> postings)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 + term.Length + (postings.Length * 8));
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            WriteTerm(json, term, postings);
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal static byte[] DocShard(IEnumerable<SearchEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                string[] values = [entry.Title, entry.Url, entry.Parent, entry.Excerpt, entry.Method, entry.Path];
                var count = values.Length;
                while (count > 0 && values[count - 1].Length == 0)
                {
                    count--;
                }

                json.WriteStartArray();
                json.WriteNumberValue((int)entry.Kind);
                foreach (var value in values.Take(count))
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static byte[] Manifest(IReadOnlyList<SearchEntry> entries, int terms, IEnumerable<string> shardKeys) =>
        Manifest(entries.Count, terms, shardKeys, string.Concat(entries.Select(TitleWordsDigit)), string.Concat(entries.Select(KindDigit)));

    /// <summary>An entry's title word count as <c>tw</c> writes it.</summary>
    internal static char TitleWordsDigit(SearchEntry entry) => "0123456789abcdefghijklmnopqrstuvwxyz"[RelevanceModel.TitleWords(entry.Title)];

    /// <summary>An entry's kind as <c>k</c> writes it.</summary>
    internal static char KindDigit(SearchEntry entry) => (char)('0' + (int)entry.Kind);

    /// <param name="titleWords">Each entry's <see cref="TitleWordsDigit"/>, in entry order.</param>
    /// <param name="kinds">Each entry's <see cref="KindDigit"/>, in entry order.</param>
    internal static byte[] Manifest(int entries, int terms, IEnumerable<string> shardKeys, string titleWords, string kinds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("f", Format);
            json.WriteNumber("n", entries);
            json.WriteNumber("terms", terms);
            json.WriteNumber("ds", EntriesPerDocShard);
            json.WriteStartArray("t");
            foreach (var key in shardKeys)
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
