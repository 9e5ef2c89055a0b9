namespace DocsGen.Files;

/// <summary>
/// The files below a folder that may be read, sorted, hidden files and folders left out. Linked folders are followed
/// (shared pages are often linked into each version) while they lead inside the read roots, except a link back to a
/// folder it sits in: that loop would repeat its files until the path grew too long. What to do with a file, and with
/// a linked folder that leads outside the roots, is the caller's: the build refuses it with an error, an import
/// leaves it out with a warning. Either way nothing behind such a folder is read.
/// </summary>
internal static class FolderWalk
{
    /// <param name="keepFile">Whether a file may be read; the caller reports the ones it refuses.</param>
    /// <param name="outsideFolder">Reports a linked folder (its path, then its real path) that leads out of the roots.</param>
    public static List<string> Files(string dir, ReadRoots roots, Func<string, bool> keepFile, Action<string, string> outsideFolder)
    {
        var files = new List<string>();
        Walk(dir, roots, [FileFacts.RealPath(dir)], files, keepFile, outsideFolder);
        return files
            .Where(f => !Path.GetRelativePath(dir, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Walk(string dir, ReadRoots roots, List<string> ancestors, List<string> files, Func<string, bool> keepFile, Action<string, string> outsideFolder)
    {
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        files.AddRange(Directory.EnumerateFiles(dir, "*", options).Where(keepFile));

        foreach (var folder in Directory.EnumerateDirectories(dir, "*", options))
        {
            var isLink = new DirectoryInfo(folder).LinkTarget is not null;
            var real = isLink ? FileFacts.RealPath(folder) : Path.Combine(ancestors[^1], Path.GetFileName(folder));
            if (ancestors.Contains(real, StringComparer.Ordinal))
            {
                continue;
            }

            if (isLink && !roots.Contains(real))
            {
                outsideFolder(folder, real);
                continue;
            }

            ancestors.Add(real);
            Walk(folder, roots, ancestors, files, keepFile, outsideFolder);
            ancestors.RemoveAt(ancestors.Count - 1);
        }
    }
}
