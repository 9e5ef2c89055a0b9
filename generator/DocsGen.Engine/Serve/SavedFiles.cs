namespace DocsGen.Serve;

/// <summary>
/// The length and last write time of the files a rebuild is about to read, taken before it reads them: when they
/// differ after the rebuild, the rebuild may have read a save half-way (the editor truncated the file, or wrote
/// the first part of it), and the rebuild that the rest of the save starts is the one to show.
/// </summary>
internal sealed class SavedFiles
{
    public static readonly SavedFiles None = new([]);

    private readonly IReadOnlyList<(string Path, FileStamp Stamp)> _stamps;

    private SavedFiles(IReadOnlyList<(string Path, FileStamp Stamp)> stamps) => _stamps = stamps;

    public static SavedFiles Stamp(IEnumerable<string> paths) => new([.. paths.Select(p => (p, FileStamp.Of(p)))]);

    /// <summary>Whether every one of <paramref name="paths"/> was stamped.</summary>
    public bool Covers(IEnumerable<string> paths) => paths.All(p => _stamps.Any(s => string.Equals(s.Path, p, StringComparison.Ordinal)));

    /// <summary>Whether every file is as it was when stamped (a missing file still missing).</summary>
    public bool Unchanged() => _stamps.All(s => FileStamp.Of(s.Path) == s.Stamp);

    /// <summary>
    /// Whether a file that just changed looks like a save in progress: missing (an editor moved the old file aside and
    /// has not yet moved the new one in: vim, JetBrains' safe write) or empty (truncated, not yet written). Either may
    /// also be the saved state, so it only makes the watcher wait for quiet before reading it.
    /// </summary>
    public static bool LooksMidSave(string path) => FileStamp.Of(path) is { Exists: false } or { Length: 0 };

    /// <summary>
    /// Whether the file is there and empty: truncated by a save that has not written yet, most likely. A missing file
    /// is more often deleted than mid-save, so only this one is worth waiting for (<see cref="DevServer.TruncatedWait"/>).
    /// </summary>
    public static bool LooksTruncated(string path) => FileStamp.Of(path) is { Exists: true, Length: 0 };

    private readonly record struct FileStamp(bool Exists, long Length, DateTime WrittenUtc)
    {
        public static FileStamp Of(string path)
        {
            // Stat only, no read: the files are content, which only the confined reader opens.
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc) : default;
        }
    }
}
