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
    private static (byte[]? Bytes, long Length) ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > maxBytes)
        {
            return (null, length);
        }

        using var bytes = new MemoryStream(length > 0 ? (int)length : 16 * 1024);
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > maxBytes)
            {
                return (null, 0);
            }

            bytes.Write(buffer, 0, read);
        }

        return (bytes.ToArray(), bytes.Length);
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
