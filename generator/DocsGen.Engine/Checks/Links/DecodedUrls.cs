using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace DocsGen.Checks.Links;

/// <summary>
/// One scan worker's memory of the URLs it has met: raw attribute bytes to a number per distinct
/// decoded URL, and that URL's one string. The navigation repeats the same URLs on every page, so a
/// 10,000-page site has 1.4 million URLs but only ~30,000 distinct ones: a repeat costs a hash of its
/// bytes, not decoding, and its number lets the builder tell repeats apart with no hashing at all.
/// (Workers do not share one table: adding to it made them wait on each other's locks, and a URL
/// that both met is only resolved twice.)
/// </summary>
internal sealed class DecodedUrls
{
    private readonly Dictionary<byte[], int> _known = new(RawBytes.Comparer);
    private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> _byRaw;
    // Spellings that decode alike ("/a", " /a ", "&#47;a") share the first one's number and string.
    private readonly Dictionary<string, int> _decoded = new(StringComparer.Ordinal);
    private readonly List<string> _urls = [];

    public DecodedUrls() => _byRaw = _known.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>How many distinct URLs there are so far: numbers run from 0 to Count - 1.</summary>
    public int Count => _urls.Count;

    public string this[int number] => _urls[number];

    /// <summary>The number of the URL written as <paramref name="raw"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int NumberOf(ReadOnlySpan<byte> raw)
    {
        if (_byRaw.TryGetValue(raw, out var number))
        {
            return number;
        }

        var url = AttributeValue.Url(raw);
        if (!_decoded.TryGetValue(url, out number))
        {
            number = _urls.Count;
            _urls.Add(url);
            _decoded.Add(url, number);
        }

        _known.Add(raw.ToArray(), number);
        return number;
    }

    private sealed class RawBytes : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly RawBytes Comparer = new();
        private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        // Every URL of every page is hashed here: eight bytes a step (HashCode.AddBytes takes four, through a
        // queue), seeded per process so crafted URLs cannot be made to collide.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            const ulong Multiplier = 0x9E3779B97F4A7C15;
            var hash = Seed ^ (ulong)alternate.Length;
            while (alternate.Length >= sizeof(ulong))
            {
                hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(alternate)) * Multiplier;
                hash ^= hash >> 29;
                alternate = alternate[sizeof(ulong)..];
            }

            var tail = 0UL;
            for (var i = 0; i < alternate.Length; i++)
            {
                tail |= (ulong)alternate[i] << (8 * i);
            }

            hash = (hash ^ tail) * Multiplier;
            hash ^= hash >> 32;
            return (int)hash;
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
