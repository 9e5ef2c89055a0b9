using System.Collections.Concurrent;

namespace DocsGen.Checks.Links;

/// <summary>
/// One string per distinct id or URL across the whole site: the navigation repeats the same URLs on
/// every page, so a 10,000-page site has 1.5 million URLs but only ~20,000 distinct ones.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        if (_bySpan.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var added = value.ToString();
        return _strings.GetOrAdd(added, added);
    }
}
