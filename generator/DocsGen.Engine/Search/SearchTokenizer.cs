namespace DocsGen.Search;

/// <summary>
/// Splits text into search terms. search.js splits queries the same way (lower case, runs of letters
/// and digits), so a term the index holds is a term a reader can type.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Words too common in prose to tell pages apart; dropped from body text only.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "if", "in", "is", "it", "its",
        "of", "on", "or", "so", "that", "the", "this", "to", "was", "we", "will", "with", "you", "your",
    };

    /// <summary>Receives each term of a text, lower-cased, in a buffer valid only during the call.</summary>
    public interface ITermSink
    {
        void Add(ReadOnlySpan<char> term);
    }

    /// <summary>
    /// The terms of <paramref name="text"/>: each run of letters and digits, lower-cased; an identifier
    /// written in camelCase also yields its parts ("createPayment": createpayment, create, payment).
    /// </summary>
    public static List<string> Terms(string text, bool dropStopWords = false)
    {
        var collected = new TermList();
        AddTerms(text, dropStopWords, ref collected);
        return collected.Terms;
    }

    /// <summary>
    /// <see cref="Terms(string, bool)"/> without a string per term: on a 10,000-page site the index tokenizes
    /// about 5 million words, and each used to cost a lower-cased copy, a list and a StringBuilder. The caller
    /// makes a string only of a term it keeps.
    /// </summary>
    public static void AddTerms<TSink>(ReadOnlySpan<char> text, bool dropStopWords, ref TSink sink)
        where TSink : struct, ITermSink
    {
        char[]? rented = null;
        Span<char> lower = stackalloc char[128];
        for (var at = 0; NextRun(text, ref at, out var start, out var length);)
        {
            var word = text.Slice(start, length);
            if (word.Length > lower.Length)
            {
                if (rented is not null)
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(rented);
                }

                rented = System.Buffers.ArrayPool<char>.Shared.Rent(word.Length);
                lower = rented;
            }

            WordTerms(word, lower[..word.Length], dropStopWords, ref sink);
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="Words"/> handed to <paramref name="sink"/> one by one in a buffer valid only during the call:
    /// <see cref="RelevanceModel"/> marks an entry's title words without a string or a set per entry.
    /// </summary>
    public static void AddWords<TSink>(string text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        Span<char> buffer = stackalloc char[128];
        for (var at = 0; NextRun(text, ref at, out var start, out var length);)
        {
            var word = text.AsSpan(start, length);
            // A word longer than the buffer (a hash or a token in a title) is rare enough for a string.
            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            LowerCase(word, lower);
            if (IsKept(lower, dropStopWords: false))
            {
                sink.Add(lower);
            }
        }
    }

    /// <summary>The whole words of <paramref name="text"/>, lower-cased, as a reader types them (no camelCase parts, no stop words dropped).</summary>
    public static IEnumerable<string> Words(string text) =>
        Runs(text).Select(r => text.Substring(r.Start, r.Length).ToLowerInvariant()).Where(w => IsKept(w, dropStopWords: false));

    /// <summary>Each run of letters and digits: where it starts and how long it is.</summary>
    private static IEnumerable<(int Start, int Length)> Runs(string text)
    {
        for (var at = 0; NextRun(text, ref at, out var start, out var length);)
        {
            yield return (start, length);
        }
    }

    /// <summary>
    /// The tokenizer's one definition of a word: the next run of letters and digits at or after <paramref name="at"/>,
    /// which is moved past it; false when the text has no more. A loop rather than an enumerator: it runs over every
    /// entry's text, twice for its title.
    /// </summary>
    private static bool NextRun(ReadOnlySpan<char> text, ref int at, out int start, out int length)
    {
        while (at < text.Length && !char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        start = at;
        while (at < text.Length && char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        length = at - start;
        return length > 0;
    }

    /// <summary>The stop words, written to the index manifest so search.js treats the same words as optional.</summary>
    public static IEnumerable<string> StopWordList => StopWords.Order(StringComparer.Ordinal);

    /// <summary>The word lower-cased, then its camelCase parts when it has more than one (each lower-cased letter by letter).</summary>
    private static void WordTerms<TSink>(ReadOnlySpan<char> word, Span<char> lower, bool dropStopWords, ref TSink sink)
        where TSink : struct, ITermSink
    {
        LowerCase(word, lower);
        if (IsKept(lower, dropStopWords))
        {
            sink.Add(lower);
        }

        var partStart = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (IsBoundary(word, i))
            {
                AddPart(word[partStart..i], lower, dropStopWords, ref sink);
                partStart = i;
            }
        }

        // A word with one part is no camelCase: its only part is the word itself, already added.
        if (partStart > 0)
        {
            AddPart(word[partStart..], lower, dropStopWords, ref sink);
        }
    }

    private static void AddPart<TSink>(ReadOnlySpan<char> part, Span<char> buffer, bool dropStopWords, ref TSink sink)
        where TSink : struct, ITermSink
    {
        // The whole word's lower case was handed over already: its buffer is free for the part.
        var lower = buffer[..part.Length];
        for (var i = 0; i < part.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(part[i]);
        }

        if (IsKept(lower, dropStopWords))
        {
            sink.Add(lower);
        }
    }

    /// <summary>
    /// <paramref name="word"/> lower-cased into <paramref name="lower"/>: ASCII letter by letter, the invariant culture's
    /// casing for a word with any other character. Nearly every word is ASCII, and the culture's casing checks each
    /// character for surrogates: it was a tenth of counting a 10,000-page site's terms.
    /// </summary>
    private static void LowerCase(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
            {
                word.ToLowerInvariant(lower);
                return;
            }

            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
    }

    private static bool IsKept(string term, bool dropStopWords) => IsKept(term.AsSpan(), dropStopWords);

    private static bool IsKept(ReadOnlySpan<char> term, bool dropStopWords) =>
        (term.Length > 1 || char.IsDigit(term[0])) && !(dropStopWords && term.Length <= LongestStopWord && StopWordLookup.Contains(term));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Most body words are longer than any stop word: they are kept without a lookup.</summary>
    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    private struct TermList : ITermSink
    {
        public TermList()
        {
        }

        public List<string> Terms { get; } = [];

        public readonly void Add(ReadOnlySpan<char> term) => Terms.Add(term.ToString());
    }

    private static bool IsBoundary(ReadOnlySpan<char> word, int i)
    {
        char previous = word[i - 1], c = word[i];
        if (char.IsUpper(c) && char.IsLower(previous))
        {
            return true;
        }

        // "HTTPServer": the boundary is before the last capital of a run (two or more) that a lower letter follows;
        // "OAuth" stays one word.
        if (char.IsUpper(c) && char.IsUpper(previous) && i >= 2 && char.IsUpper(word[i - 2]) && i + 1 < word.Length && char.IsLower(word[i + 1]))
        {
            return true;
        }

        return char.IsDigit(c) != char.IsDigit(previous);
    }
}
