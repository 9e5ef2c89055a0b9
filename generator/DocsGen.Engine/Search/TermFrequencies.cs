namespace DocsGen.Search;

/// <summary>
/// An entry's per-term, per-field counts (<see cref="EntryTerms.Frequencies"/>), a byte each when every count fits one.
/// </summary>
/// <remarks>
/// A build keeps every page's counts from the page's rendering to the index, the last thing it writes: on 10,000 guide
/// pages they outlived every collection of the render stage and were copied from generation to generation. Nearly every
/// count is under 256, so a byte per count (a quarter of an int) keeps the same numbers; an entry with a larger count
/// keeps ints.
/// </remarks>
internal readonly struct TermFrequencies
{
    private readonly byte[]? _small;
    private readonly int[]? _large;

    private TermFrequencies(byte[]? small, int[]? large) => (_small, _large) = (small, large);

    /// <summary>The count of term <paramref name="term"/> (its position in the entry's terms) in field <paramref name="field"/>.</summary>
    public int this[int term, int field]
    {
        get
        {
            var at = (term * EntryTerms.FieldCount) + field;
            return _small is { } small ? small[at] : _large![at];
        }
    }

    /// <summary>The counts of <c>counts[term * FieldCount + field]</c>, copied.</summary>
    public static TermFrequencies Of(ReadOnlySpan<int> counts)
    {
        foreach (var count in counts)
        {
            if ((uint)count > byte.MaxValue)
            {
                return new TermFrequencies(null, counts.ToArray());
            }
        }

        var small = new byte[counts.Length];
        for (var at = 0; at < counts.Length; at++)
        {
            small[at] = (byte)counts[at];
        }

        return new TermFrequencies(small, null);
    }

    /// <summary>Every count as an int, in the order <see cref="Of"/> took them.</summary>
    public int[] ToArray()
    {
        if (_large is { } large)
        {
            return [.. large];
        }

        var counts = new int[_small?.Length ?? 0];
        for (var at = 0; at < counts.Length; at++)
        {
            counts[at] = _small![at];
        }

        return counts;
    }
}
