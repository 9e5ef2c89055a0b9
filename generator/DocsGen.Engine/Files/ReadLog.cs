using System.Collections.Concurrent;

namespace DocsGen.Files;

/// <summary>
/// The files a build asked the confined reader for, read or refused (a missing include is an input too: creating
/// it must rebuild). The dev server records one per build to know which files outside the content folders
/// (includes, a spec's $ref'd parts, shared read roots) it must watch. Flows with the build's async context.
/// </summary>
public sealed class ReadLog
{
    private static readonly AsyncLocal<ReadLog?> Active = new();
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    /// <summary>The full paths asked for so far.</summary>
    public IReadOnlyCollection<string> Paths => _paths.Keys.ToList();

    /// <summary>Records every confined read of the current async flow (and the tasks it starts) into this log.</summary>
    public void Begin() => Active.Value = this;

    /// <summary>Stops recording into any log in the current async flow.</summary>
    public static void End() => Active.Value = null;

    internal static void Note(string path) => Active.Value?._paths.TryAdd(Path.GetFullPath(path), 0);
}
