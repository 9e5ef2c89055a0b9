namespace DocsGen.Output;

/// <summary>
/// Writes a site into a sibling staging folder and swaps it in only when the build succeeded,
/// so a failed or killed build never leaves a half-written site behind.
/// </summary>
public sealed class StagedOutput : SiteOutput
{
    // Two builds in one process (a dev server and a check, parallel tests) must not share a staging folder.
    private static int s_instances;
    private readonly int _instance = Interlocked.Increment(ref s_instances);
    private readonly string _target;
    private readonly Action<string> _deleteOldSite;
    private bool _committed;

    // The staging folder is this build's alone until the swap: nothing removes a folder in it meanwhile.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _madeFolders = new(StringComparer.Ordinal);

    public StagedOutput(string target)
        : this(target, folder => Directory.Delete(folder, recursive: true))
    {
    }

    /// <param name="deleteOldSite">How the previous site is deleted after the swap (tests make it fail: root deletes anything).</param>
    internal StagedOutput(string target, Action<string> deleteOldSite)
    {
        _deleteOldSite = deleteOldSite;
        _target = Path.GetFullPath(target.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(_target));
        Staging = Path.Combine(parent, $"{StagingPrefix(Path.GetFileName(_target))}{Environment.ProcessId}-{_instance}");
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    /// <summary>Set when the new site is in place but the previous one could not be deleted (the build still succeeded).</summary>
    public override string? CleanupProblem => _cleanupProblem;

    private string? _cleanupProblem;

    private static string StagingPrefix(string name) => $".{name}.staging-";

    private static string OldPrefix(string name) => $"{name}.old-";

    /// <summary>Staging and old folders of builds that were killed (their process is gone): no later build removed them before.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var prefix in new[] { StagingPrefix(name), OldPrefix(name) })
        {
            LeftoverFolders.RemoveDead(parent, prefix + "*", folder => LeftoverFolders.NumberAfter(folder, prefix));
        }
    }

    public override void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathInside(Staging, relativePath, _madeFolders);
        WriteNew(path, bytes);
        Record(Staging, path, bytes.Length);
    }

    /// <summary>Writes the parts straight from where they lie (a kept API's files are slices of its cache entry).</summary>
    public override void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var path = PathInside(Staging, relativePath, _madeFolders);
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, parts, 0);
        Record(Staging, path, parts.Sum(p => (long)p.Length));
    }

    public override void Write(string relativePath, Action<Stream> write)
    {
        var path = PathInside(Staging, relativePath, _madeFolders);
        long length;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, StreamBufferBytes))
        {
            write(stream);
            length = stream.Position;
        }

        Record(Staging, path, length);
    }

    /// <summary>One open, one write, one close: the staging folder is this build's own, so no temp file or rename is needed.</summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    public override void Copy(string sourceFile, string relativePath)
    {
        var path = PathInside(Staging, relativePath, _madeFolders);
        File.Copy(sourceFile, path, overwrite: true);
        Record(Staging, path, new FileInfo(path).Length);
    }

    /// <summary>Replaces the target folder with the staged one.</summary>
    public override void Commit()
    {
        var old = Path.Combine(Path.GetDirectoryName(_target)!, $"{OldPrefix(Path.GetFileName(_target))}{Environment.ProcessId}-{_instance}");
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        try
        {
            Directory.Move(Staging, _target);
        }
        catch (Exception) when (Directory.Exists(old))
        {
            // The last good site goes back where it was.
            Directory.Move(old, _target);
            throw;
        }

        _committed = true;

        // The new site is in place: from here on nothing may turn the build into a failure.
        try
        {
            if (Directory.Exists(old))
            {
                _deleteOldSite(old);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _cleanupProblem = $"The new site is in place, but the previous one could not be deleted from {old}: {e.Message}";
        }
    }

    public override void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            try
            {
                Directory.Delete(Staging, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next build removes it once this process has ended; the failure being reported matters more.
            }
        }
    }
}
