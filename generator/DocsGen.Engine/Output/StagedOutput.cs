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
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Environment.ProcessId}-{_instance}");
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    /// <summary>Encodes straight into the file: a page's bytes never sit in a second large buffer.</summary>
    public override void Write(string relativePath, string text)
    {
        var path = PathInside(Staging, relativePath);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        using (var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
        {
            writer.Write(text);
        }

        Record(Staging, path, stream.Length);
    }

    public override void Write(string relativePath, byte[] bytes)
    {
        var path = PathInside(Staging, relativePath);
        File.WriteAllBytes(path, bytes);
        Record(Staging, path, bytes.Length);
    }

    public override void Copy(string sourceFile, string relativePath)
    {
        var path = PathInside(Staging, relativePath);
        File.Copy(sourceFile, path, overwrite: true);
        Record(Staging, path, new FileInfo(path).Length);
    }

    /// <summary>Replaces the target folder with the staged one.</summary>
    public override void Commit()
    {
        var old = _target + $".old-{Environment.ProcessId}-{_instance}";
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
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public override void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
