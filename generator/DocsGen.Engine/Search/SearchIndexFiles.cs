using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocsGen.Search;

/// <summary>
/// Writes the search entries of one version as small JSON files that search.js loads lazily:
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, entry count, entries per document shard, term shard keys.</item>
/// <item><c>t/{c}.json</c>: the terms that start with character c, each as <c>[term, postings, saturated?]</c>,
/// sorted so a prefix is a contiguous range. A posting is <c>entry * 4 + field</c> (2 name, 1 heading,
/// 0 text), delta-encoded in entry order.</item>
/// <item><c>d/{n}.json</c>: entries n*size..(n+1)*size-1 as <c>[kind, title, url, parent, excerpt, method, path]</c>,
/// trailing empty strings left off.</item>
/// </list>
/// A reader opening search downloads the manifest, one term shard per first letter typed, and the
/// document shards of the results shown: never the whole index.
/// </summary>
internal static class SearchIndexFiles
{
    public const int Format = 1;

    /// <summary>Entries per document shard: about 50 KB of titles, URLs and excerpts.</summary>
    public const int EntriesPerDocShard = 200;

    /// <summary>
    /// A term found in more entries than this is too common to narrow a search: it keeps this many
    /// postings (names first, then headings, then text) and is marked saturated, so search.js ranks
    /// with it but does not require it. This bounds every term shard, whatever the site's size.
    /// </summary>
    public const int MaxPostings = 1000;

    private const int NameField = 2;
    private const int HeadingField = 1;
    private const int TextField = 0;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files of one version's index, keyed by path relative to the index folder, in a stable order.</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchEntry> entries)
    {
        var postings = Invert(entries);
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

        files["manifest.json"] = Manifest(entries.Count, postings.Count, shards.Select(s => s.Key));
        return files;
    }

    /// <summary>"payments" goes to shard "p"; digits to their own shard; anything else (non-Latin scripts) to "_".</summary>
    public static string ShardKey(string term) => char.IsAsciiLetterLower(term[0]) || char.IsAsciiDigit(term[0]) ? term[..1] : "_";

    /// <summary>term -> entry -> best field the term occurs in for that entry.</summary>
    private static Dictionary<string, Dictionary<int, int>> Invert(IReadOnlyList<SearchEntry> entries)
    {
        var index = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            var entry = entries[id];
            Add(entry.Names, NameField, dropStopWords: false);
            Add(entry.Headings, HeadingField, dropStopWords: false);
            Add(entry.Text, TextField, dropStopWords: true);

            void Add(string text, int field, bool dropStopWords)
            {
                foreach (var term in SearchTokenizer.Terms(text, dropStopWords))
                {
                    if (!index.TryGetValue(term, out var docs))
                    {
                        index[term] = docs = [];
                    }

                    if (!docs.TryGetValue(id, out var best) || best < field)
                    {
                        docs[id] = field;
                    }
                }
            }
        }

        return index;
    }

    private static byte[] TermShard(IEnumerable<string> terms, Dictionary<string, Dictionary<int, int>> postings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartArray();
            foreach (var term in terms)
            {
                var docs = postings[term];
                var saturated = docs.Count > MaxPostings;
                var kept = saturated
                    ? docs.OrderByDescending(d => d.Value).ThenBy(d => d.Key).Take(MaxPostings)
                    : docs;
                json.WriteStartArray();
                json.WriteStringValue(term);
                json.WriteStartArray();
                var previous = 0;
                foreach (var code in kept.Select(d => (d.Key * 4) + d.Value).Order())
                {
                    json.WriteNumberValue(code - previous);
                    previous = code;
                }

                json.WriteEndArray();
                if (saturated)
                {
                    json.WriteNumberValue(1);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static byte[] DocShard(IEnumerable<SearchEntry> entries)
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

    private static byte[] Manifest(int entries, int terms, IEnumerable<string> shardKeys)
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
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
