using System.Text;

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

    /// <summary>
    /// The terms of <paramref name="text"/>: each run of letters and digits, lower-cased; an identifier
    /// written in camelCase also yields its parts ("createPayment": createpayment, create, payment).
    /// </summary>
    public static IEnumerable<string> Terms(string text, bool dropStopWords = false)
    {
        foreach (var (start, length) in Runs(text))
        {
            foreach (var term in WordTerms(text.AsSpan(start, length), dropStopWords))
            {
                yield return term;
            }
        }
    }

    /// <summary>The whole words of <paramref name="text"/>, lower-cased, as a reader types them (no camelCase parts, no stop words dropped).</summary>
    public static IEnumerable<string> Words(string text) =>
        Runs(text).Select(r => text.Substring(r.Start, r.Length).ToLowerInvariant()).Where(w => IsKept(w, dropStopWords: false));

    /// <summary>Each run of letters and digits: where it starts and how long it is.</summary>
    private static IEnumerable<(int Start, int Length)> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>The stop words, written to the index manifest so search.js treats the same words as optional.</summary>
    public static IEnumerable<string> StopWordList => StopWords.Order(StringComparer.Ordinal);

    private static IEnumerable<string> WordTerms(ReadOnlySpan<char> word, bool dropStopWords)
    {
        var whole = word.ToString().ToLowerInvariant();
        var terms = new List<string>(1);
        if (IsKept(whole, dropStopWords))
        {
            terms.Add(whole);
        }

        var parts = CamelParts(word);
        if (parts.Count > 1)
        {
            terms.AddRange(parts.Where(p => IsKept(p, dropStopWords)));
        }

        return terms;
    }

    private static bool IsKept(string term, bool dropStopWords) =>
        (term.Length > 1 || char.IsDigit(term[0])) && !(dropStopWords && StopWords.Contains(term));

    /// <summary>"createPaymentIntent" and "HTTPServer2" split where a lower letter meets an upper one or letters meet digits.</summary>
    private static List<string> CamelParts(ReadOnlySpan<char> word)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (current.Length > 0 && IsBoundary(word, i))
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
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
