namespace DocsGen.Config;

/// <summary>The files and folders a site is built from: what a build or a report must never write over.</summary>
public static class SiteSources
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The source folders (versions, shared assets, the theme's layers), each with what it is.</summary>
    internal static IEnumerable<(string Folder, string What)> Folders(SiteConfig config)
    {
        foreach (var version in config.Versions)
        {
            yield return (Normalize(version.Dir), $"version {version.Id}'s folder");
        }

        yield return (Normalize(Path.Combine(config.Root, "assets")), "the site's assets folder");
        yield return (Normalize(Path.Combine(config.Root, "themes", config.Theme)), $"the theme '{config.Theme}'");
        if (BuiltInThemes.Folder(config.Theme) is { } builtIn)
        {
            yield return (Normalize(builtIn), $"the built-in theme '{config.Theme}'");
        }
    }

    /// <summary>What <paramref name="file"/> is among the site's sources ("the site's docsgen.yml", "a file in version v1's folder"…), or null.</summary>
    public static string? Describe(SiteConfig config, string file)
    {
        var path = Normalize(file);
        if (Same(path, Normalize(Path.Combine(config.Root, SiteConfig.FileName))))
        {
            return $"the site's {SiteConfig.FileName}";
        }

        if (config.Versions.SelectMany(v => v.Apis).FirstOrDefault(a => Same(path, Normalize(a.Spec))) is { } api)
        {
            return $"the OpenAPI file of API '{api.Id}'";
        }

        return Folders(config).Where(f => Inside(path, f.Folder)).Select(f => $"a file in {f.What}").FirstOrDefault();
    }

    internal static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    internal static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    /// <summary>Whether <paramref name="path"/> is below <paramref name="folder"/> (both normalized).</summary>
    internal static bool Inside(string path, string folder) =>
        path.Length > folder.Length && path.StartsWith(folder, PathComparison) && path[folder.Length] == Path.DirectorySeparatorChar;
}
