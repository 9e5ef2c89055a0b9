using DocsGen.Config;

namespace DocsGen.Serve;

/// <summary>
/// Which changed paths are inputs of the site, so the dev server rebuilds for a saved page and not for its own
/// log (<c>docsgen serve &gt; serve.log</c> in the site folder), the output, <c>.docsgen/</c>, an editor's swap
/// and backup files or a VCS folder. An input is the config file, a file in a version's folder, the site's
/// assets or a theme layer, a read root listed in docsgen.yml, or any file the last build asked the confined
/// reader for (includes, a spec and the files it $refs, wherever they are).
/// </summary>
internal sealed class SiteInputs
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    // Vim writes "4913" to probe a folder; Emacs "#name#" and ".#name"; JetBrains "name___jb_tmp___"; others "name~".
    private static readonly string[] TempSuffixes = ["~", ".swp", ".swo", ".swx", ".swpx", ".tmp", ".temp", ".bak", ".orig", ".crswap", "___jb_tmp___", "___jb_old___"];

    private readonly string[] _ignoredFolders;
    private readonly string[] _inputFolders;
    private readonly HashSet<string> _inputFiles;

    private SiteInputs(string[] ignoredFolders, string[] inputFolders, HashSet<string> inputFiles)
    {
        _ignoredFolders = ignoredFolders;
        _inputFolders = inputFolders;
        _inputFiles = inputFiles;
        Watched = inputFolders.Concat(inputFiles.Select(f => Path.GetDirectoryName(f) ?? f))
            .Select(SiteSources.Normalize)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The folders to watch: those holding inputs (a watcher per folder the caller deduplicates).</summary>
    public IReadOnlyList<string> Watched { get; }

    /// <param name="root">The site folder.</param>
    /// <param name="config">The last build's config; null when docsgen.yml did not load (then it alone, and what the loader asked for, are inputs).</param>
    /// <param name="read">The files the last build asked the confined reader for.</param>
    /// <param name="privateOutput">The dev server's own build folder.</param>
    public static SiteInputs Of(string root, SiteConfig? config, IEnumerable<string> read, string privateOutput)
    {
        var ignored = new List<string> { privateOutput, Path.Combine(root, ".docsgen"), Path.Combine(root, "_site") };
        var folders = new List<string>();
        var files = new HashSet<string>(read.Select(SiteSources.Normalize), OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
        {
            SiteSources.Normalize(Path.Combine(root, SiteConfig.FileName)),
        };
        if (config is not null)
        {
            ignored.Add(config.Output);
            folders.AddRange(SiteSources.Folders(config).Select(f => f.Folder));
            // The site folder is a read root too, but only what lies in the folders above is content.
            folders.AddRange(config.ReadRoots.Folders.Skip(1));
            foreach (var api in config.Versions.SelectMany(v => v.Apis))
            {
                files.Add(SiteSources.Normalize(api.Spec));
            }
        }

        // What the reader asked for inside the output (a link checked against it) is still no input.
        var ignoredFolders = ignored.Select(SiteSources.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        files.RemoveWhere(f => ignoredFolders.Any(o => SiteSources.Same(f, o) || SiteSources.Inside(f, o)));
        return new SiteInputs(ignoredFolders, folders.Select(SiteSources.Normalize).Where(f => !ignoredFolders.Any(o => SiteSources.Same(f, o) || SiteSources.Inside(f, o))).ToArray(), files);
    }

    /// <summary>Whether a change at <paramref name="path"/> (a file or folder, created, changed, deleted or renamed) can change the site.</summary>
    public bool Contains(string path)
    {
        var full = SiteSources.Normalize(path);
        if (_ignoredFolders.Any(o => SiteSources.Same(full, o) || SiteSources.Inside(full, o)))
        {
            return false;
        }

        if (_inputFiles.Contains(full))
        {
            return true;
        }

        var folder = _inputFolders.Where(f => SiteSources.Inside(full, f)).MaxBy(f => f.Length);
        return folder is not null && !IsNoise(Path.GetRelativePath(folder, full));
    }

    /// <summary>Hidden files and folders (VCS, .DS_Store, editor locks), editor swap and backup files, node_modules.</summary>
    private static bool IsNoise(string relative)
    {
        var names = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (names.Any(n => n.StartsWith('.') || string.Equals(n, "node_modules", PathComparison)))
        {
            return true;
        }

        var name = names[^1];
        return name == "4913" || (name.StartsWith('#') && name.EndsWith('#')) || TempSuffixes.Any(s => name.EndsWith(s, PathComparison));
    }
}
