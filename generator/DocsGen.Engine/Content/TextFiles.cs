using System.Text;
using DocsGen.Diagnostics;

namespace DocsGen;

/// <summary>Reads text files as strict UTF-8 so a Latin-1 or binary file is a diagnostic, not mojibake.</summary>
internal static class TextFiles
{
    /// <summary>Files above this size are refused: a guide this large is a mistake, not content.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ReadUtf8(string path, string displayPath, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge,
                    $"File is {info.Length / 1024 / 1024} MiB; the limit is {maxBytes / 1024 / 1024} MiB.",
                    new SourceLocation(displayPath), "Split the file, or move large data out of the content folder.");
                return null;
            }

            // A length of 0 is also what a device such as /dev/zero reports, and it never ends: that read stops at the limit.
            if ((info.Length > 0 ? File.ReadAllBytes(path) : ReadAtMost(path, maxBytes)) is not { } read)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, $"File is larger than the limit of {maxBytes / 1024 / 1024} MiB.",
                    new SourceLocation(displayPath), "Split the file, or move large data out of the content folder.");
                return null;
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"Cannot read file: {e.Message}",
                new SourceLocation(displayPath), "Check the file's permissions and that it is not locked.");
            return null;
        }

        try
        {
            var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return Strict.GetString(bytes, offset, bytes.Length - offset).ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            diagnostics.Error(DiagnosticCodes.NotUtf8, $"File is not valid UTF-8 (byte 0x{bytes[Math.Max(0, e.Index)]:X2}).",
                new SourceLocation(displayPath, line, column), "Re-save the file as UTF-8.");
            return null;
        }
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var bytes = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > maxBytes)
            {
                return null;
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
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
