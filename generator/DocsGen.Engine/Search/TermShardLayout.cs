namespace DocsGen.Search;

/// <summary>
/// Which term shard file holds which terms. Terms are grouped by first letter (<see cref="TopKey"/>); a group whose
/// shard would be larger than <see cref="SplitAbove"/> is split by the next letter of its terms ("p" into "pa", "pe",
/// ...), again and again while a part is still too large and holds more than one term. A split key keeps a shard of
/// its own, much smaller, for a word typed no further than the key itself ("p" alone, "pa" when "pa" is split): the
/// term that is exactly the key, with all its postings, and the longer terms with their title postings only. A lone
/// letter narrows nothing (every title word under it is a prefix match), so it is answered by the titles it starts:
/// the first key typed then downloads the few title postings of its letter instead of every posting of every word
/// that begins with it (715 KB for one letter of a generated 40,000-entry site).
/// Both index writers, the cold one (<see cref="SearchIndexFiles"/>) and the dev server's kept one
/// (<see cref="VersionIndexParts"/>), lay their terms out here, so their files are the same bytes.
/// </summary>
internal static class TermShardLayout
{
    /// <summary>
    /// A shard larger than this is split. Below it, one shard per letter means one download per first letter typed
    /// (Stripe's largest is about 90 KB); above it, a shard's download and JSON parse start to show in the first key's
    /// 100 ms (rust-rfcs' largest letter was 303 KB whole).
    /// </summary>
    public const int SplitAbove = 128 * 1024;

    /// <summary>"payments" goes to "p"; digits to their own key; anything else (non-Latin scripts) to "_".</summary>
    public static string TopKey(string term) => KeyChar(term[0]).ToString();

    /// <summary>A character of a key: an ASCII letter or digit as it is, anything else as "_" (keys are file names).</summary>
    public static char KeyChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_';

    /// <summary>
    /// Lays out the terms of one top key (<paramref name="terms"/> in ordinal order of <see cref="ITermBytes.Name"/>)
    /// and hands each shard to <paramref name="shard"/> as its key, whether it is split, and its bytes as parts to join.
    /// </summary>
    public static void LayOut(string key, IReadOnlyList<int> terms, ITermBytes source, Action<string, bool, IReadOnlyList<ReadOnlyMemory<byte>>> shard, int splitAbove = SplitAbove)
    {
        long size = 1 + terms.Count;
        foreach (var term in terms)
        {
            size += source.Full(term).Length;
        }

        if (size <= splitAbove || terms.Count < 2)
        {
            shard(key, false, Join(terms.Select(source.Full)));
            return;
        }

        // The key's own shard: the term that is the key, whole; the others by their titles (none without a title posting).
        var own = terms.Select(t => source.Name(t).Length == key.Length ? source.Full(t) : source.Titled(t)).Where(b => b.Length > 0).ToList();
        shard(key, true, own.Count == 0 ? [] : Join(own));
        // GroupBy keeps the terms' order within each group.
        foreach (var group in terms.Where(t => source.Name(t).Length > key.Length).GroupBy(t => key + KeyChar(source.Name(t)[key.Length])))
        {
            LayOut(group.Key, [.. group], source, shard, splitAbove);
        }
    }

    /// <summary>A shard's bytes: its terms' arrays, joined by commas inside <c>[...]</c>.</summary>
    private static List<ReadOnlyMemory<byte>> Join(IEnumerable<ReadOnlyMemory<byte>> terms)
    {
        var parts = new List<ReadOnlyMemory<byte>> { Open };
        foreach (var term in terms)
        {
            if (parts.Count > 1)
            {
                parts.Add(Comma);
            }

            parts.Add(term);
        }

        parts.Add(Close);
        return parts;
    }

    private static readonly ReadOnlyMemory<byte> Open = "["u8.ToArray();
    private static readonly ReadOnlyMemory<byte> Comma = ","u8.ToArray();
    private static readonly ReadOnlyMemory<byte> Close = "]"u8.ToArray();

    /// <summary>A writer's terms: their names and their bytes in a shard (<see cref="SearchIndexFiles.WriteTerm"/>).</summary>
    internal interface ITermBytes
    {
        string Name(int term);

        /// <summary>The term with all its postings.</summary>
        ReadOnlyMemory<byte> Full(int term);

        /// <summary>The term with its title postings only; empty when it has none.</summary>
        ReadOnlyMemory<byte> Titled(int term);
    }
}
