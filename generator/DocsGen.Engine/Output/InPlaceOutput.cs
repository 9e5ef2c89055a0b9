using System.Buffers;
using System.Collections.Concurrent;

namespace DocsGen.Output;

/// <summary>
/// Updates a folder file by file: a file whose bytes did not change is left alone, a changed one is
/// written beside it and renamed over it, and at <see cref="Commit"/> the files no longer produced are
/// deleted. The dev server's output: after one edit a rebuild of a 5,000-file site rewrites a handful of
/// files instead of creating 5,000 and deleting the old 5,000, and a page is never served half-written.
/// Unlike <see cref="StagedOutput"/>, a build that fails half-way leaves a mix of old and new files,
/// which is why `docsgen build` does not use it.
/// </summary>
public sealed class InPlaceOutput : SiteOutput
{
    private readonly string _target;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private int _changed;

    public InPlaceOutput(string target)
    {
        _target = Path.GetFullPath(target.TrimEnd('/', '\\'));
        Directory.CreateDirectory(_target);
    }

    /// <summary>How many files were created, rewritten or deleted so far.</summary>
    public int FilesChanged => Volatile.Read(ref _changed);

    public override void Write(string relativePath, ReadOnlySpan<byte> bytes) => WriteIfChanged(relativePath, bytes);

    /// <summary>Compares and writes the parts as they are: llms-full.txt, tens of megabytes, is never copied into one array.</summary>
    public override void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var path = PathFor(relativePath);
        _written[path] = 0;
        var length = parts.Sum(p => (long)p.Length);
        if (!HasBytes(path, parts, length))
        {
            var temp = path + ".docsgen-new";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, StreamBufferBytes))
            {
                foreach (var part in parts)
                {
                    stream.Write(part.Span);
                }
            }

            ReplaceWith(path, temp);
        }

        Record(_target, path, length);
    }

    /// <summary>Streams into a file beside the old one, then keeps whichever has the new bytes: the old file when they are the same.</summary>
    public override void Write(string relativePath, Action<Stream> write)
    {
        var path = PathFor(relativePath);
        _written[path] = 0;
        var temp = path + ".docsgen-new";
        long length;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, StreamBufferBytes))
            {
                write(stream);
                length = stream.Position;
            }

            if (HasSameBytes(path, temp, length))
            {
                File.Delete(temp);
            }
            else
            {
                ReplaceWith(path, temp);
            }
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        Record(_target, path, length);
    }

    public override void Copy(string sourceFile, string relativePath) => WriteIfChanged(relativePath, File.ReadAllBytes(sourceFile));

    /// <summary>Deletes every file of the folder this build did not write, and the folders that leaves empty.</summary>
    public override void Commit()
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories))
        {
            if (!_written.ContainsKey(file))
            {
                File.Delete(file);
                Interlocked.Increment(ref _changed);
                emptied.Add(Path.GetDirectoryName(file)!);
            }
        }

        // Deepest first, so a folder whose only content was an emptied folder goes too.
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            for (var current = folder; current.Length > _target.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();)
            {
                Directory.Delete(current);
                current = Path.GetDirectoryName(current)!;
            }
        }
    }

    public override void Dispose()
    {
    }

    private void WriteIfChanged(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathFor(relativePath);
        _written[path] = 0;
        if (!HasBytes(path, bytes))
        {
            var temp = path + ".docsgen-new";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            ReplaceWith(path, temp);
        }

        Record(_target, path, bytes.Length);
    }

    /// <summary>
    /// Moves the new file written beside <paramref name="path"/> over it: a reader of the folder (the dev server
    /// answering a request) sees the old file or the new one.
    /// </summary>
    private void ReplaceWith(string path, string temp)
    {
        // The last build had a folder by this name (assets/img/ is now a file assets/img, say).
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        File.Move(temp, path, overwrite: true);
        Interlocked.Increment(ref _changed);
    }

    /// <summary>The file's full path, with its folder made: a file the last build wrote where that folder goes is deleted.</summary>
    private string PathFor(string relativePath)
    {
        try
        {
            return PathInside(_target, relativePath);
        }
        catch (IOException) when (DeleteFilesInTheWay(relativePath))
        {
            return PathInside(_target, relativePath);
        }
    }

    private bool DeleteFilesInTheWay(string relativePath)
    {
        var deleted = false;
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(_target, relativePath))); folder is not null && folder.Length > _target.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                File.Delete(folder);
                deleted = true;
            }
        }

        return deleted;
    }

    private static bool HasBytes(string path, IReadOnlyList<ReadOnlyMemory<byte>> parts, long length)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (RandomAccess.GetLength(handle) != length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
        try
        {
            long offset = 0;
            foreach (var part in parts)
            {
                for (var done = 0; done < part.Length;)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, part.Length - done)), offset);
                    if (read == 0 || !part.Span.Slice(done, read).SequenceEqual(buffer.AsSpan(0, read)))
                    {
                        return false;
                    }

                    done += read;
                    offset += read;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> holds the <paramref name="length"/> bytes of the file at <paramref name="written"/>.</summary>
    private static bool HasSameBytes(string path, string written, long length)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var old = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var now = File.OpenHandle(written, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(old) != length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(2 * 64 * 1024);
        try
        {
            var left = buffer.AsSpan(0, 64 * 1024);
            var right = buffer.AsSpan(64 * 1024, 64 * 1024);
            for (long offset = 0; offset < length;)
            {
                var read = RandomAccess.Read(now, right, offset);
                if (read == 0 || RandomAccess.Read(old, left[..read], offset) != read || !left[..read].SequenceEqual(right[..read]))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 256 * 1024));
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), offset);
                if (read == 0 || !bytes.Slice(offset, read).SequenceEqual(buffer.AsSpan(0, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
