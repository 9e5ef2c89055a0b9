using System.Runtime.CompilerServices;

namespace DocsGen.Checks.Links;

/// <summary>
/// One scan worker's memory of the URLs it has met: raw attribute bytes to one decoded string each.
/// The navigation repeats the same URLs on every page, so a 10,000-page site has 1.4 million URLs but
/// only ~30,000 distinct ones: a repeat costs a hash of its bytes, not decoding, and comes back as the
/// same string, which lets the check tell repeats apart by reference. (Workers do not share one pool:
/// adding to it made them wait on each other's locks, and a URL met by both is only resolved twice.)
/// </summary>
internal sealed class DecodedUrls
{
    private readonly Dictionary<byte[], string> _known = new(RawBytes.Comparer);
    // Spellings that decode alike ("/a", " /a ", "&#47;a") share the first one's string.
    private readonly Dictionary<string, string> _decoded = new(StringComparer.Ordinal);
    private readonly Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> _byRaw;

    public DecodedUrls() => _byRaw = _known.GetAlternateLookup<ReadOnlySpan<byte>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<byte> raw)
    {
        if (_byRaw.TryGetValue(raw, out var url))
        {
            return url;
        }

        url = AttributeValue.Url(raw);
        if (!_decoded.TryAdd(url, url))
        {
            url = _decoded[url];
        }

        _known.Add(raw.ToArray(), url);
        return url;
    }

    private sealed class RawBytes : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly RawBytes Comparer = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
