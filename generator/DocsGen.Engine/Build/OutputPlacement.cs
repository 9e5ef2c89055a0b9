using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Rendering;

namespace DocsGen.Build;

/// <summary>
/// Refuses an output folder that overlaps what the site is built from. A build replaces the whole output
/// folder, so `-o .` would delete docsgen.yml and every guide; and an output folder inside a version's folder
/// would be read back as content by the next build.
/// </summary>
internal static class OutputPlacement
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>False, with an error, when <see cref="SiteConfig.Output"/> overlaps a source folder or file.</summary>
    public static bool Check(SiteConfig config, bool fromOption, DiagnosticBag diagnostics)
    {
        var output = Normalize(config.Output);
        var problem = Problem(config, output);
        if (problem is null)
        {
            return true;
        }

        var setBy = fromOption ? "given with -o/--output" : "set by 'output' in docsgen.yml";
        diagnostics.Error(DiagnosticCodes.ConfigOutputOverlapsSources,
            $"The output folder {output} ({setBy}) {problem}. A build replaces the whole output folder.",
            new SourceLocation(SiteConfig.FileName),
            "Build into a folder of its own, outside every version's folder: _site in the site folder (the default) when the versions live in versions/, else a folder beside the site folder such as ../_site.");
        return false;
    }

    private static string? Problem(SiteConfig config, string output)
    {
        var root = Normalize(config.Root);
        if (Same(output, root) || Inside(root, output))
        {
            return "holds the site itself, docsgen.yml and all; the build would delete it";
        }

        var sources = config.Versions.Select(v => (Folder: v.Dir, What: $"version {v.Id}'s folder"))
            .Append((Folder: Path.Combine(config.Root, "assets"), What: "the site's assets folder"))
            .Append((Folder: Path.Combine(config.Root, "themes", config.Theme), What: $"the theme '{config.Theme}'"));
        if (Theme.BuiltInThemeDir(config.Theme) is { } builtIn)
        {
            sources = sources.Append((Folder: builtIn, What: $"the built-in theme '{config.Theme}'"));
        }

        foreach (var (folder, what) in sources)
        {
            var source = Normalize(folder);
            if (Same(output, source) || Inside(source, output))
            {
                return $"holds {what}; the build would delete it";
            }

            if (Inside(output, source))
            {
                return $"is inside {what}; the next build would read the built pages back as content";
            }
        }

        var spec = config.Versions.SelectMany(v => v.Apis).FirstOrDefault(a => Inside(Normalize(a.Spec), output));
        return spec is null ? null : $"holds the OpenAPI file {spec.Spec}; the build would delete it";
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    private static bool Inside(string path, string folder) =>
        path.Length > folder.Length && path.StartsWith(folder, PathComparison) && path[folder.Length] == Path.DirectorySeparatorChar;
}
