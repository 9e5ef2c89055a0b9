using System.Collections.Frozen;

namespace DocsGen.Markdown.Highlighting;

/// <summary>A set of words looked up by span, so classifying an identifier allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(string words, bool ignoreCase = false)
    {
        var set = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new(string.Empty);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
