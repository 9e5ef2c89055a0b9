using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// The files of a project folder that an import may read, sorted, hidden files and folders left out. Walked like the
/// build walks content (Content/ContentLoader): a linked folder is followed only while it leads inside the project,
/// and never back into a folder it sits in; a link that leads out is a warning at the link and nothing behind it is
/// read, where <c>Directory.EnumerateFiles(..., AllDirectories)</c> would step through it.
/// </summary>
internal static class ProjectFiles
{
    /// <summary>Files below <paramref name="dir"/> whose names end with <paramref name="extension"/> ("" for all).</summary>
    public static List<string> Below(string dir, ReadRoots roots, DiagnosticBag diagnostics, string extension = "")
    {
        var files = new List<string>();
        Walk(dir, roots, [FileFacts.RealPath(dir)], files, diagnostics);
        return files
            .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetRelativePath(dir, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Walk(string dir, ReadRoots roots, List<string> ancestors, List<string> files, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(dir, "*", options))
        {
            if (new FileInfo(file).LinkTarget is not null && !roots.Contains(file))
            {
                LeftOut(file, roots, "file", diagnostics);
                continue;
            }

            files.Add(file);
        }

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
                LeftOut(folder, roots, "folder", diagnostics);
                continue;
            }

            ancestors.Add(real);
            Walk(folder, roots, ancestors, files, diagnostics);
            ancestors.RemoveAt(ancestors.Count - 1);
        }
    }

    private static void LeftOut(string path, ReadRoots roots, string kind, DiagnosticBag diagnostics)
    {
        var display = Path.GetRelativePath(roots.Folders[0], path).Replace('\\', '/');
        diagnostics.Warning(DiagnosticCodes.ImportPageSkipped,
            $"Linked {kind} '{display}' not imported: it leads outside the project (to {FileFacts.RealPath(path)}).",
            new SourceLocation(display), "Copy what the project needs into it, or remove the link; the import reads only the project's own files.");
    }
}
