using System.Text;
using DocsGen.Diagnostics;

namespace DocsGen.Files;

/// <summary>
/// The one reader for files read on behalf of content: the path must pass <see cref="ReadRoots"/> (inside the
/// site, a regular file), the read stops at a size limit, and the bytes must be strict UTF-8, so a Latin-1 or
/// binary file is a diagnostic, not mojibake. No diagnostic repeats what the file holds.
/// </summary>
internal static class TextFiles
{
    /// <summary>Files above this size are refused: a guide this large is a mistake, not content.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    /// <summary>OpenAPI documents and the files they $ref: the largest public specs are tens of MiB.</summary>
    public const long MaxSpecBytes = 128 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of <paramref name="path"/>, or null after a diagnostic. A refusal (outside the roots, not a
    /// regular file) is reported at <paramref name="at"/>, the place that named the file; read errors at the file.
    /// </summary>
    public static string? ReadUtf8(ReadRoots roots, string path, string displayPath, SourceLocation at, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        var bytes = ReadBytes(roots, path, displayPath, at, diagnostics, maxBytes);
        return bytes is null ? null : Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>The bytes of <paramref name="path"/> under the same rules as <see cref="ReadUtf8"/>.</summary>
    public static byte[]? ReadBytes(ReadRoots roots, string path, string displayPath, SourceLocation at, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        if (!roots.MayRead(path, displayPath, at, diagnostics))
        {
            return null;
        }

        try
        {
            var (read, length) = ReadAtMost(path, maxBytes);
            if (read is not null)
            {
                return read;
            }

            diagnostics.Error(DiagnosticCodes.FileTooLarge,
                length > maxBytes ? $"File is {length / 1024 / 1024} MiB; the limit is {maxBytes / 1024 / 1024} MiB." : $"File is larger than the limit of {maxBytes / 1024 / 1024} MiB.",
                new SourceLocation(displayPath), "Split the file, or move large data out of the content folder.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"Cannot read file: {e.Message}",
                new SourceLocation(displayPath), "Check the file's permissions and that it is not locked.");
            return null;
        }
    }

    /// <summary>Strict UTF-8 without a byte-order mark, line endings made '\n'; null after a diagnostic that names the byte, not the text.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return Strict.GetString(bytes, offset, bytes.Length - offset).ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            diagnostics.Error(DiagnosticCodes.NotUtf8, $"File is not valid UTF-8 (byte 0x{bytes[Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1))]:X2}).",
                new SourceLocation(displayPath, line, column), "Re-save the file as UTF-8.");
            return null;
        }
    }

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="maxBytes"/> (with its length when known). The length on disk is not
    /// trusted: a file can grow while it is read, and some report 0 and never end.
    /// </summary>
    /// <remarks>
    /// A regular file is read straight into an array of its length, and one more read checks that it ended there: a 64 KB
    /// buffer and a MemoryStream per file (copied out again by ToArray) were 700 MB of the 917 MB a 10,000-guide site's
    /// reading allocated for its 44 MB of Markdown. Only a file that is longer than it said, or tells no length, takes the
    /// growing path.
    /// </remarks>
    private static (byte[]? Bytes, long Length) ReadAtMost(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            return (null, length);
        }

        var bytes = new byte[length];
        var filled = Fill(handle, bytes);
        if (filled < bytes.Length)
        {
            // Shorter than it said (truncated while read): what was there.
            return (bytes[..filled], filled);
        }

        Span<byte> probe = stackalloc byte[1];
        return RandomAccess.Read(handle, probe, filled) == 0 ? (bytes, filled) : ReadGrowing(handle, bytes, maxBytes);
    }

    /// <summary>Reads on from where <paramref name="start"/> ends, doubling the array, until the file ends or passes the limit.</summary>
    private static (byte[]? Bytes, long Length) ReadGrowing(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] start, long maxBytes)
    {
        var bytes = start;
        long filled = start.Length;
        while (true)
        {
            if (filled == bytes.Length)
            {
                if (filled >= maxBytes)
                {
                    Span<byte> probe = stackalloc byte[1];
                    return RandomAccess.Read(handle, probe, filled) == 0 ? (bytes, filled) : (null, 0);
                }

                Array.Resize(ref bytes, (int)Math.Min(maxBytes, Math.Max(16 * 1024, (long)bytes.Length * 2)));
            }

            var read = RandomAccess.Read(handle, bytes.AsSpan((int)filled), filled);
            if (read == 0)
            {
                return (bytes[..(int)filled], filled);
            }

            filled += read;
        }
    }

    /// <summary>Reads the file's start into <paramref name="bytes"/> until it is full or the file ends; how many bytes it holds.</summary>
    private static int Fill(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] bytes)
    {
        var filled = 0;
        while (filled < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(filled), filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
