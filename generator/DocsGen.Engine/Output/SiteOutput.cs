using System.Collections.Concurrent;
using System.Text;

namespace DocsGen.Output;

/// <summary>
/// Where a build puts its files, by output-relative path. <see cref="StagedOutput"/> writes a whole new
/// folder and swaps it in (`docsgen build`); <see cref="InPlaceOutput"/> rewrites only what changed (the dev server).
/// </summary>
public abstract class SiteOutput : IDisposable
{
    protected static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The buffer of a file written as a stream (in parts or by a writer): one write call per 64 KB.</summary>
    protected const int StreamBufferBytes = 64 * 1024;

    private readonly ConcurrentQueue<string> _paths = new();
    private long _bytes;

    /// <summary>Bytes of every file the build produced (changed or not).</summary>
    public long BytesWritten => Interlocked.Read(ref _bytes);

    public int FilesWritten => _paths.Count;

    /// <summary>
    /// Output-relative paths (forward slashes) of the files the build produced, one written twice listed twice.
    /// After <see cref="Commit"/> these are all the output folder's files.
    /// </summary>
    public IEnumerable<string> PathsWritten => _paths;

    /// <summary>
    /// Encodes into a pooled buffer and writes it with one call. A FileStream and StreamWriter per file allocated
    /// about 140 KB of buffers each (64 KB, 32 KB of chars, 48 KB of bytes), zeroed and collected again: 4 GB over
    /// a 10,000-page site's 31,000 files, most of them a few KB (a /latest/ stub is 400 bytes). A long text is
    /// encoded a chunk at a time instead (<see cref="EncodedChunkChars"/>).
    /// </summary>
    public void Write(string relativePath, string text)
    {
        if (text.Length > EncodedChunkChars)
        {
            Write(relativePath, stream => WriteInChunks(text, stream));
            return;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            Write(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The longest text encoded whole. The pool keeps what it lends until memory runs short: a whole 10,000-page
    /// llms.txt (1.8 MB) rented an 8 MB array and sitemap.xml a 4 MB one, held for the rest of the build.
    /// </summary>
    private const int EncodedChunkChars = 64 * 1024;

    private static void WriteInChunks(string text, Stream stream)
    {
        // The encoder carries a surrogate pair split by a chunk's end over to the next chunk.
        var encoder = Utf8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(EncodedChunkChars));
        try
        {
            for (var at = 0; at < text.Length; at += EncodedChunkChars)
            {
                var chunk = text.AsSpan(at, Math.Min(EncodedChunkChars, text.Length - at));
                stream.Write(buffer, 0, encoder.GetBytes(chunk, buffer, flush: at + chunk.Length == text.Length));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Write(string relativePath, byte[] bytes) => Write(relativePath, bytes.AsSpan());

    /// <summary>Writes <paramref name="bytes"/>, which are the caller's again once this returns (a pooled buffer's).</summary>
    public abstract void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Writes the file made of <paramref name="parts"/> one after the other. Files kept in parts by the dev server (a
    /// search shard's terms, llms-full.txt's pages) need not be joined into one large array first where the output
    /// can write them as they are; this one joins them.
    /// </summary>
    public virtual void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var bytes = new byte[parts.Sum(p => (long)p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(bytes.AsSpan(at));
            at += part.Length;
        }

        Write(relativePath, bytes);
    }

    /// <summary>
    /// Writes the file that <paramref name="write"/> streams into the given stream, for a file too large to hold whole
    /// (a big site's llms-full.txt, written page by page). When <paramref name="write"/> throws, the exception passes
    /// on and the file is not in the site: the staging folder is dropped as on any failed build, and an in-place file
    /// is left as it was.
    /// </summary>
    public abstract void Write(string relativePath, Action<Stream> write);

    public abstract void Copy(string sourceFile, string relativePath);

    /// <summary>Makes the output folder hold exactly the files written, and nothing else.</summary>
    public abstract void Commit();

    public abstract void Dispose();

    /// <summary>What <see cref="Commit"/> could not tidy up after the new site was in place: a warning, never a failure.</summary>
    public virtual string? CleanupProblem => null;

    protected void Record(string folder, string path, long bytes)
    {
        Interlocked.Add(ref _bytes, bytes);
        _paths.Enqueue(path[(folder.Length + 1)..].Replace('\\', '/'));
    }

    /// <summary>
    /// The full path of <paramref name="relativePath"/> inside <paramref name="folder"/>, with its folder created.
    /// <paramref name="made"/>: folders this output already created (an output whose folders nothing else removes),
    /// so thousands of pages in one folder do not each ask the file system again.
    /// </summary>
    protected static string PathInside(string folder, string relativePath, ConcurrentDictionary<string, byte>? made = null)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{relativePath}' escapes the output folder.");
        }

        var parent = Path.GetDirectoryName(path)!;
        if (made is null || !made.ContainsKey(parent))
        {
            // Noted only once it exists: another thread that finds the note may write into it at once.
            Directory.CreateDirectory(parent);
            made?.TryAdd(parent, 0);
        }

        return path;
    }
}
