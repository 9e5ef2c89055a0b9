using System.Diagnostics;
using System.Globalization;

namespace DocsGen.Output;

/// <summary>
/// Removes folders a killed docsgen process left behind (a build's staging and old folders, a dev server's
/// private build folder). Each such folder carries its process id in its name; one is removed only when that
/// process is no longer running, so two builds or servers side by side never delete each other's work.
/// </summary>
public static class LeftoverFolders
{
    /// <summary>
    /// Deletes the folders in <paramref name="parent"/> matching <paramref name="pattern"/> whose process id
    /// (read from the name by <paramref name="processIdOf"/>) is dead. Best effort: a folder that cannot be
    /// deleted (another user's, a file in use) is left alone.
    /// </summary>
    public static int RemoveDead(string parent, string pattern, Func<string, int?> processIdOf)
    {
        if (!Directory.Exists(parent))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(parent, pattern))
        {
            if (processIdOf(Path.GetFileName(folder)) is not { } id || IsRunning(id))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }

    /// <summary>The number after <paramref name="prefix"/> at the start of <paramref name="name"/>, up to the next "-".</summary>
    public static int? NumberAfter(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name[prefix.Length..];
        var end = rest.IndexOf('-', StringComparison.Ordinal);
        return int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
