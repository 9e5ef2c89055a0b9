using DocsGen.Diagnostics;

namespace DocsGen.Files;

/// <summary>
/// The folders a build may read on behalf of content: the site folder and the folders docsgen.yml lists
/// under <c>readRoots</c>. Content is untrusted (CI builds pull requests), so a path is judged by where it
/// really is, after every link is resolved: an include of <c>/proc/self/environ</c> or a link to <c>/etc</c> is refused.
/// </summary>
public sealed class ReadRoots
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    private readonly string[] _folders;

    public ReadRoots(IEnumerable<string> folders)
    {
        _folders = folders.Select(FileFacts.RealPath).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The real paths of the allowed folders, the site folder first.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>Roots for a file named on the command line (diff, mock): its folder and the working folder.</summary>
    public static ReadRoots ForCommandLineFile(string path) =>
        new([Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory, Environment.CurrentDirectory]);

    /// <summary>Whether <paramref name="path"/>, once every link in it is resolved, lies inside one of the roots.</summary>
    public bool Contains(string path)
    {
        ReadLog.Note(path);
        return ContainsReal(FileFacts.RealPath(path));
    }

    /// <summary>Why <paramref name="path"/> may not be read as a file, or null when it may: confinement first, then the file's kind.</summary>
    public ReadRefusal? RefusalFor(string path)
    {
        ReadLog.Note(path);
        var real = FileFacts.RealPath(path);
        if (!ContainsReal(real))
        {
            return new ReadRefusal(DiagnosticCodes.ReadOutsideRoots, OutsideMessage(path, real),
                "Keep content inside the site folder, or list the shared folder under 'readRoots:' in docsgen.yml.");
        }

        return FileFacts.KindOf(real) switch
        {
            FileKind.Regular => null,
            FileKind.Missing when new FileInfo(path).LinkTarget is { } target => new ReadRefusal(DiagnosticCodes.UnreadableFile,
                $"it is a link to {target}, which leads nowhere (the target is missing, or the link loops)", "Fix or delete the link."),
            FileKind.Missing => new ReadRefusal(DiagnosticCodes.UnreadableFile, "it does not exist", "Check the path's spelling; it is relative to the file that names it."),
            FileKind.Directory => new ReadRefusal(DiagnosticCodes.NotRegularFile, "it is a folder", "Name a file, not a folder."),
            _ => new ReadRefusal(DiagnosticCodes.NotRegularFile, "it is not a regular file but a FIFO, device or socket, which could block the build or never end",
                "Replace it with a regular file."),
        };
    }

    /// <summary>Reports why <paramref name="path"/> may not be read, at <paramref name="at"/>; true when it may be read.</summary>
    public bool MayRead(string path, string shownAs, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (RefusalFor(path) is not { } refusal)
        {
            return true;
        }

        diagnostics.Error(refusal.Code, $"Refused to read '{shownAs}': {refusal.Reason}.", at, refusal.Hint);
        return false;
    }

    internal string OutsideMessage(string path, string real)
    {
        var where = string.Equals(Path.GetFullPath(path), real, PathComparison) ? "" : $" (a link leads to {real})";
        return _folders.Length == 1
            ? $"it is outside the site folder{where}"
            : $"it is outside the site folder and the folders listed in readRoots{where}";
    }

    private bool ContainsReal(string real) => _folders.Any(folder =>
        string.Equals(real, folder, PathComparison)
        || (real.Length > folder.Length && real.StartsWith(folder, PathComparison)
            && (real[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar))));
}

/// <summary>Why a file may not be read: a DG code, the reason (never the file's content) and a hint.</summary>
public sealed record ReadRefusal(string Code, string Reason, string Hint);
