namespace DocsGen.Search;

/// <summary>One term's weight in one entry, as written to the index: a BM25F score and whether the term is a whole word of the entry's title.</summary>
internal readonly record struct Posting(int Entry, int Score, bool InTitle);

/// <summary>
/// Scores every (term, entry) pair with BM25F at build time, so search.js only adds the scores of the
/// terms a reader typed. BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework") sums a
/// term's frequency over an entry's fields, each weighted and normalised by that field's length, then
/// saturates it with k1 and multiplies by the term's inverse document frequency. Every term keeps every
/// posting: a frequent word gets a low idf, it is never dropped, so it still separates "List all
/// customers" from "List customers".
/// </summary>
internal static class RelevanceModel
{
    /// <summary>Scores are written as integers: the BM25F score times this, at least 1.</summary>
    public const int Scale = 10;

    private const double K1 = 1.2;

    /// <summary>
    /// Title, names (title, path, operationId), headings (section titles, parameter and property names),
    /// body text. A title word counts in both title and names, so it weighs 3 + 2 against a text word's 1.
    /// Short fields are normalised less (b): one long title is not much less about its words than a short one.
    /// </summary>
    private static readonly (double Weight, double B)[] Fields = [(3.0, 0.3), (2.0, 0.3), (1.5, 0.5), (1.0, 0.75)];

    /// <summary>term -> postings in entry order.</summary>
    public static Dictionary<string, List<Posting>> Score(IReadOnlyList<SearchEntry> entries)
    {
        var counts = new Dictionary<string, List<(int Entry, int[] Tf)>>(StringComparer.Ordinal);
        var lengths = new int[entries.Count, Fields.Length];
        for (var id = 0; id < entries.Count; id++)
        {
            var entry = entries[id];
            string[] texts = [entry.Title, entry.Names, entry.Headings, entry.Text];
            for (var field = 0; field < texts.Length; field++)
            {
                // Stop words are dropped from body text only: in a title or name they are what the reader typed.
                foreach (var term in SearchTokenizer.Terms(texts[field], dropStopWords: field == 3))
                {
                    lengths[id, field]++;
                    if (!counts.TryGetValue(term, out var list))
                    {
                        counts[term] = list = [];
                    }

                    if (list.Count == 0 || list[^1].Entry != id)
                    {
                        list.Add((id, new int[Fields.Length]));
                    }

                    list[^1].Tf[field]++;
                }
            }
        }

        var average = new double[Fields.Length];
        for (var field = 0; field < Fields.Length; field++)
        {
            long total = 0;
            for (var id = 0; id < entries.Count; id++)
            {
                total += lengths[id, field];
            }

            average[field] = Math.Max(1.0, (double)total / Math.Max(1, entries.Count));
        }

        // A camelCase part is no title word: "mod" is not the title of "math.ModBool", whose words are "math" and "modbool".
        var titleWords = entries.Select(e => SearchTokenizer.Words(e.Title).ToHashSet(StringComparer.Ordinal)).ToArray();
        var scored = new Dictionary<string, List<Posting>>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, list) in counts)
        {
            var idf = Math.Log(1 + ((entries.Count - list.Count + 0.5) / (list.Count + 0.5)));
            var postings = new List<Posting>(list.Count);
            foreach (var (id, tf) in list)
            {
                var weighted = 0.0;
                for (var field = 0; field < Fields.Length; field++)
                {
                    if (tf[field] > 0)
                    {
                        var (weight, b) = Fields[field];
                        weighted += weight * tf[field] / (1 - b + (b * lengths[id, field] / average[field]));
                    }
                }

                var score = idf * weighted * (K1 + 1) / (weighted + K1);
                postings.Add(new Posting(id, Math.Max(1, (int)Math.Round(score * Scale)), tf[0] > 0 && titleWords[id].Contains(term)));
            }

            scored[term] = postings;
        }

        return scored;
    }

    /// <summary>
    /// How many distinct words a title has (camelCase parts not counted), capped at 35 to fit one base-36
    /// digit: search.js gives a result whose title is exactly the words typed its strongest boost.
    /// </summary>
    public static int TitleWords(string title) => Math.Min(35, SearchTokenizer.Words(title).Distinct(StringComparer.Ordinal).Count());
}
