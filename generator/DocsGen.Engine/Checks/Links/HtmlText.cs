using System.Text;

namespace DocsGen.Checks.Links;

/// <summary>
/// An output HTML file as UTF-8 bytes, the text a browser (and File.ReadAllText) sees: a UTF-8 byte
/// order mark is left out, and a UTF-16 or UTF-32 file is re-encoded. The scanner works on these bytes
/// because everything it looks for is ASCII, and decoding 300 MB of HTML to strings cost more than scanning it.
/// </summary>
internal static class HtmlText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads <paramref name="path"/> into <paramref name="buffer"/> (grown when too small) and returns its text.</summary>
    public static ArraySegment<byte> Read(string path, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to check ({length:N0} bytes).");
        }

        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2L)];
        }

        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var text = new ArraySegment<byte>(buffer, 0, read);
        if (text.AsSpan().StartsWith(Utf8Bom))
        {
            return text[Utf8Bom.Length..];
        }

        return HasOtherByteOrderMark(text) ? Reencoded(text, ref buffer) : text;
    }

    /// <summary>1-based line and column (in UTF-16 code units, as in the decoded text) of a byte offset.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static bool HasOtherByteOrderMark(ReadOnlySpan<byte> text) =>
        text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    private static ArraySegment<byte> Reencoded(ReadOnlySpan<byte> text, ref byte[] buffer)
    {
        using var reader = new StreamReader(new MemoryStream(text.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        buffer = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        return buffer;
    }
}
