using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// The files of a project folder that an import may read, walked as the build walks content (<see cref="FolderWalk"/>):
/// a link that leads outside the project is a warning at the link and nothing behind it is read, where
/// <c>Directory.EnumerateFiles(..., AllDirectories)</c> would step through it.
/// </summary>
internal static class ProjectFiles
{
    /// <summary>Files below <paramref name="dir"/> whose names end with <paramref name="extension"/> ("" for all).</summary>
    public static List<string> Below(string dir, ReadRoots roots, DiagnosticBag diagnostics, string extension = "") =>
        FolderWalk.Files(dir, roots,
                file =>
                {
                    if (new FileInfo(file).LinkTarget is null || roots.Contains(file))
                    {
                        return true;
                    }

                    LeftOut(file, roots, "file", diagnostics);
                    return false;
                },
                (folder, _) => LeftOut(folder, roots, "folder", diagnostics))
            .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static void LeftOut(string path, ReadRoots roots, string kind, DiagnosticBag diagnostics)
    {
        var display = Path.GetRelativePath(roots.Folders[0], path).Replace('\\', '/');
        diagnostics.Warning(DiagnosticCodes.ImportPageSkipped,
            $"Linked {kind} '{display}' not imported: it leads outside the project (to {FileFacts.RealPath(path)}).",
            new SourceLocation(display), "Copy what the project needs into it, or remove the link; the import reads only the project's own files.");
    }
}
