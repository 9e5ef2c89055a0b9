using System.Collections.Concurrent;
using System.Text;

namespace DocsGen.Output;

/// <summary>
/// Writes a site into a sibling staging folder and swaps it in only when the build succeeded,
/// so a failed or killed build never leaves a half-written site behind.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Two builds in one process (a dev server and a check, parallel tests) must not share a staging folder.
    private static int s_instances;
    private readonly int _instance = Interlocked.Increment(ref s_instances);
    private readonly string _target;
    private bool _committed;
    private readonly ConcurrentQueue<string> _paths = new();
    private long _bytes;

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

    public long BytesWritten => Interlocked.Read(ref _bytes);

    public int FilesWritten => _paths.Count;

    /// <summary>
    /// Output-relative paths (forward slashes) of the files written so far, one written twice listed twice.
    /// The staging folder starts empty and only this class writes to it, so these are all the output's files.
    /// </summary>
    public IEnumerable<string> PathsWritten => _paths;

    /// <summary>Encodes straight into the file: a page's bytes never sit in a second large buffer.</summary>
    public void Write(string relativePath, string text)
    {
        var path = PathFor(relativePath);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
        using (var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024))
        {
            writer.Write(text);
            writer.Flush();
            Interlocked.Add(ref _bytes, stream.Length);
        }

        Record(path);
    }

    public void Write(string relativePath, byte[] bytes)
    {
        var path = PathFor(relativePath);
        File.WriteAllBytes(path, bytes);
        Interlocked.Add(ref _bytes, bytes.Length);
        Record(path);
    }

    public void Copy(string sourceFile, string relativePath)
    {
        var path = PathFor(relativePath);
        File.Copy(sourceFile, path, overwrite: true);
        Interlocked.Add(ref _bytes, new FileInfo(path).Length);
        Record(path);
    }

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Staging, relativePath));

    /// <summary>Replaces the target folder with the staged one.</summary>
    public void Commit()
    {
        var old = _target + $".old-{Environment.ProcessId}-{_instance}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(Staging, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private void Record(string path) => _paths.Enqueue(path[(Staging.Length + 1)..].Replace('\\', '/'));

    private string PathFor(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Staging, relativePath));
        if (!path.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{relativePath}' escapes the output folder.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
