using DocsGen.Files;

namespace DocsGen.Checks.Commands;

/// <summary>
/// A page's private folder for its commands: work/ (a fresh copy of checks.commands.workdir), home/,
/// tmp/ and the scripts, outside work/ so a command's `ls` never sees them. Deleted afterwards.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    /// <param name="leaveOut">Folders not copied: the site's own output and caches, when the work folder is the site.</param>
    public ScratchFolder(string? copyFrom, ReadRoots roots, IReadOnlyCollection<string> leaveOut)
    {
        Root = Path.Combine(Path.GetTempPath(), "docsgen-commands-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { Work, Home, Temp, Scripts })
        {
            Directory.CreateDirectory(folder);
        }

        if (copyFrom is not null)
        {
            Copy(copyFrom, Work, roots, leaveOut);
        }
    }

    public string Root { get; }

    public string Work => Path.Combine(Root, "work");

    public string Home => Path.Combine(Root, "home");

    public string Temp => Path.Combine(Root, "tmp");

    public string Scripts => Path.Combine(Root, "scripts");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A command may leave a read-only file behind; the system's temp cleaning takes it.
        }
    }

    /// <summary>
    /// Copies folders and regular files. Links are not followed (a link in content must not pull
    /// files from outside the read roots into the commands' reach); FIFOs and devices are skipped.
    /// </summary>
    private static void Copy(string from, string to, ReadRoots roots, IReadOnlyCollection<string> leaveOut)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null || !roots.Contains(entry.FullName) || leaveOut.Contains(entry.FullName))
            {
                continue;
            }

            var target = Path.Combine(to, entry.Name);
            if (entry is DirectoryInfo)
            {
                Directory.CreateDirectory(target);
                Copy(entry.FullName, target, roots, leaveOut);
            }
            else if (FileFacts.KindOf(entry.FullName) == FileKind.Regular)
            {
                File.Copy(entry.FullName, target);
            }
        }
    }
}
