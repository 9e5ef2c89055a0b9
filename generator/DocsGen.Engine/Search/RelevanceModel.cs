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
    public static Dictionary<string, List<Posting>> Score(IReadOnlyList<SearchEntry> entries) => Score(entries.Select(Count).ToList());

    /// <summary>Tokenizes one entry's fields: what <see cref="Score(IReadOnlyList{EntryTerms})"/> needs of it.</summary>
    /// <remarks>
    /// A 10,000-page site counts about 40,000 entries on the threads that also render the pages, and the garbage of
    /// counting (a dictionary, lists and a string per term per entry) kept those threads waiting on the collector: the
    /// counter's tables are the thread's, cleared per entry, and a term already seen on this thread is not copied again.
    /// </remarks>
    public static EntryTerms Count(SearchEntry entry) => Count(entry.Title, entry.Names, entry.Headings, entry.Text, []);

    /// <summary>
    /// <see cref="Count(SearchEntry)"/> of an entry whose body text is <paramref name="text"/> then
    /// <paramref name="moreText"/> (as if joined by a space), read where they are: a guide's section text is counted in
    /// the splitter's buffer, never made a string.
    /// </summary>
    public static EntryTerms Count(string title, string names, string headings, ReadOnlySpan<char> text, ReadOnlySpan<char> moreText)
    {
        var scratch = CountScratch.OfThisThread();
        var counter = new TermCounter(scratch);
        // A page's names are its title: counted once, for both fields, the same counts as twice.
        var namesAreTitle = ReferenceEquals(names, title);
        counter.Field = 0;
        counter.AlsoField = namesAreTitle ? 1 : -1;
        SearchTokenizer.AddTerms(title, dropStopWords: false, ref counter);
        counter.AlsoField = -1;
        if (!namesAreTitle)
        {
            counter.Field = 1;
            SearchTokenizer.AddTerms(names, dropStopWords: false, ref counter);
        }

        counter.Field = 2;
        SearchTokenizer.AddTerms(headings, dropStopWords: false, ref counter);
        // Stop words are dropped from body text only: in a title or name they are what the reader typed.
        counter.Field = 3;
        SearchTokenizer.AddTerms(text, dropStopWords: true, ref counter);
        SearchTokenizer.AddTerms(moreText, dropStopWords: true, ref counter);

        // A camelCase part is no title word: "mod" is not the title of "math.ModBool", whose words are "math" and "modbool".
        var inTitle = new bool[scratch.Terms.Count];
        var titleWords = new TitleWordMarker(scratch, inTitle);
        SearchTokenizer.AddWords(title, ref titleWords);
        return new EntryTerms([.. scratch.Terms], TermFrequencies.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Frequencies)), counter.Lengths, inTitle);
    }

    /// <summary>A thread's tables for counting one entry at a time, and the term strings it has made so far.</summary>
    private sealed class CountScratch
    {
        /// <summary>Past this many, the thread's term strings are let go (a dev server runs for hours over edits).</summary>
        private const int KeptStringsAtMost = 200_000;

        [ThreadStatic]
        private static CountScratch? _ofThisThread;

        private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;

        private CountScratch()
        {
            _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            IndexLookup = Index.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The entry's terms -> their position in <see cref="Terms"/>.</summary>
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IndexLookup { get; }

        public List<string> Terms { get; } = [];

        public List<int> Frequencies { get; } = [];

        public static CountScratch OfThisThread()
        {
            var scratch = _ofThisThread ??= new CountScratch();
            scratch.Index.Clear();
            scratch.Terms.Clear();
            scratch.Frequencies.Clear();
            if (scratch._strings.Count > KeptStringsAtMost)
            {
                scratch._strings.Clear();
            }

            return scratch;
        }

        /// <summary>The term as a string: the one this thread made before, or a new one.</summary>
        public string StringOf(ReadOnlySpan<char> term)
        {
            if (_stringLookup.TryGetValue(term, out var made))
            {
                return made;
            }

            made = term.ToString();
            _strings.Add(made);
            return made;
        }
    }

    /// <summary>Counts an entry's terms field by field; a term gets a string only the first time the thread has it.</summary>
    private struct TermCounter(CountScratch scratch) : SearchTokenizer.ITermSink
    {
        public int Field { get; set; }

        /// <summary>A second field counted from the same text, or -1.</summary>
        public int AlsoField { get; set; }

        public int[] Lengths { get; } = new int[Fields.Length];

        public readonly void Add(ReadOnlySpan<char> term)
        {
            Lengths[Field]++;
            if (!scratch.IndexLookup.TryGetValue(term, out var at))
            {
                var text = scratch.StringOf(term);
                at = scratch.Terms.Count;
                scratch.Index.Add(text, at);
                scratch.Terms.Add(text);
                for (var field = 0; field < Fields.Length; field++)
                {
                    scratch.Frequencies.Add(0);
                }
            }

            var frequencies = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Frequencies);
            frequencies[(at * Fields.Length) + Field]++;
            if (AlsoField >= 0)
            {
                Lengths[AlsoField]++;
                frequencies[(at * Fields.Length) + AlsoField]++;
            }
        }
    }

    /// <summary>Marks the counted terms that are whole words of the title.</summary>
    private readonly struct TitleWordMarker(CountScratch scratch, bool[] inTitle) : SearchTokenizer.ITermSink
    {
        public void Add(ReadOnlySpan<char> term)
        {
            if (scratch.IndexLookup.TryGetValue(term, out var at))
            {
                inTitle[at] = true;
            }
        }
    }

    /// <summary>term -> postings in entry order, from entries already counted (the entry number is the position in the list).</summary>
    public static Dictionary<string, List<Posting>> Score(IReadOnlyList<EntryTerms> entries)
    {
        // Terms numbered in order of first occurrence, so each posting costs one lookup and each term one logarithm.
        var average = new double[Fields.Length];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequency = new List<int>();
        var termIds = new int[entries.Count][];
        // Each posting's place in its term's list (the entries before it that have the term), so that the postings are
        // scored in parallel straight into place, in entry order.
        var places = new int[entries.Count][];
        for (var id = 0; id < entries.Count; id++)
        {
            var entry = entries[id];
            for (var field = 0; field < Fields.Length; field++)
            {
                average[field] += entry.Lengths[field];
            }

            var numbers = termIds[id] = new int[entry.Terms.Length];
            var placed = places[id] = new int[entry.Terms.Length];
            for (var at = 0; at < entry.Terms.Length; at++)
            {
                ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, entry.Terms[at], out var seen);
                if (!seen)
                {
                    number = frequency.Count;
                    frequency.Add(0);
                }

                numbers[at] = number;
                placed[at] = frequency[number]++;
            }
        }

        for (var field = 0; field < Fields.Length; field++)
        {
            average[field] = AverageLength(average[field], entries.Count);
        }

        var idf = frequency.Select(f => Idf(f, entries.Count)).ToArray();
        var postings = frequency.Select(f =>
        {
            var list = new List<Posting>(f);
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, f);
            return list;
        }).ToArray();
        Parallel.For(0, entries.Count, id =>
        {
            var entry = entries[id];
            for (var at = 0; at < entry.Terms.Length; at++)
            {
                var number = termIds[id][at];
                var weighted = 0.0;
                for (var field = 0; field < Fields.Length; field++)
                {
                    var tf = entry.Frequencies[at, field];
                    if (tf > 0)
                    {
                        weighted += Fields[field].Weight * tf / Normaliser(field, entry.Lengths[field], average[field]);
                    }
                }

                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings[number])[places[id][at]] =
                    new Posting(id, Scaled(idf[number], weighted), entry.InTitle[at]);
            }
        });

        var scored = new Dictionary<string, List<Posting>>(ids.Count, StringComparer.Ordinal);
        foreach (var (term, number) in ids)
        {
            scored[term] = postings[number];
        }

        return scored;
    }

    // The pieces of Score, shared with the dev server's index (SearchIndexParts), which re-scores from kept counts
    // and must reach the very same integers: one formula, evaluated in the same order.

    /// <summary>A field's mean length over the entries, from the sum of its lengths (at least 1).</summary>
    public static double AverageLength(double totalLength, int entries) => Math.Max(1.0, totalLength / Math.Max(1, entries));

    /// <summary>The inverse document frequency of a term that <paramref name="frequency"/> of <paramref name="entries"/> entries have.</summary>
    public static double Idf(int frequency, int entries) => Math.Log(1 + ((entries - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>BM25F's length normalisation of a field <paramref name="length"/> terms long: the term frequency is divided by it.</summary>
    public static double Normaliser(int field, int length, double averageLength)
    {
        var b = Fields[field].B;
        return 1 - b + (b * length / averageLength);
    }

    /// <summary>The weight of a field's term frequency (see <see cref="Fields"/>).</summary>
    public static double FieldWeight(int field) => Fields[field].Weight;

    /// <summary>The written score of a term of the given idf and weighted, normalised frequency: saturated, scaled, at least 1.</summary>
    public static int Scaled(double idf, double weighted)
    {
        var score = idf * weighted * (K1 + 1) / (weighted + K1);
        return Math.Max(1, (int)Math.Round(score * Scale));
    }

    /// <summary>
    /// How many distinct words a title has (camelCase parts not counted), capped at 35 to fit one base-36
    /// digit: search.js gives a result whose title is exactly the words typed its strongest boost.
    /// </summary>
    public static int TitleWords(string title)
    {
        var counter = new DistinctWordCounter(_titleWords ??= new TitleWordScratch());
        SearchTokenizer.AddWords(title, ref counter);
        return counter.Count;
    }

    private const int TitleWordsAtMost = 35;

    /// <summary>The thread's buffers for <see cref="TitleWords"/>, which is asked of every entry.</summary>
    [ThreadStatic]
    private static TitleWordScratch? _titleWords;

    /// <summary>A title's distinct words so far, joined in one buffer, and where each ends.</summary>
    private sealed class TitleWordScratch
    {
        public char[] Seen { get; set; } = new char[256];

        public int[] Ends { get; } = new int[TitleWordsAtMost];
    }

    /// <summary>
    /// Counts distinct words up to <see cref="TitleWordsAtMost"/>: a title has a few words, and comparing a word with the
    /// ones before it costs less than a string per word and a set per entry.
    /// </summary>
    private struct DistinctWordCounter(TitleWordScratch scratch) : SearchTokenizer.ITermSink
    {
        private int _used;

        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> word)
        {
            if (Count == TitleWordsAtMost)
            {
                return;
            }

            var start = 0;
            for (var at = 0; at < Count; at++)
            {
                if (scratch.Seen.AsSpan(start, scratch.Ends[at] - start).SequenceEqual(word))
                {
                    return;
                }

                start = scratch.Ends[at];
            }

            if (scratch.Seen.Length < _used + word.Length)
            {
                var grown = new char[Math.Max(scratch.Seen.Length * 2, _used + word.Length)];
                scratch.Seen.AsSpan(0, _used).CopyTo(grown);
                scratch.Seen = grown;
            }

            word.CopyTo(scratch.Seen.AsSpan(_used));
            _used += word.Length;
            scratch.Ends[Count++] = _used;
        }
    }
}
