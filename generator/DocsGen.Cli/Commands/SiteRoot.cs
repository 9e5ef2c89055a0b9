namespace DocsGen.Cli.Commands;

/// <summary>Which site a command works on when none is named.</summary>
internal static class SiteRoot
{
    /// <summary>
    /// The named folder; else the current folder when it has docsgen.yml; else ./content (a DocsGen
    /// checkout); else the bundled site shipped with the program.
    /// </summary>
    public static (string Root, bool IsBundled) Find(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return (Path.GetFullPath(given), false);
        }

        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "docsgen.yml")))
        {
            return (cwd, false);
        }

        if (File.Exists(Path.Combine(cwd, "content", "docsgen.yml")))
        {
            return (Path.Combine(cwd, "content"), false);
        }

        return (Path.Combine(AppContext.BaseDirectory, "bundled", "content"), true);
    }
}
