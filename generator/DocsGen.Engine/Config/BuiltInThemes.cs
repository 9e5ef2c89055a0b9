namespace DocsGen.Config;

/// <summary>Where the themes that ship with DocsGen are: a site's sources include its theme's built-in layer (config needs it, rendering reads it).</summary>
public static class BuiltInThemes
{
    /// <summary>
    /// The repository's themes/ when running from a source checkout (so `serve` picks up theme edits),
    /// else the copy that ships next to the program.
    /// </summary>
    public static string? Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")) && Directory.Exists(Path.Combine(dir.FullName, "themes", name)))
            {
                return Path.Combine(dir.FullName, "themes", name);
            }
        }

        var bundled = Path.Combine(AppContext.BaseDirectory, "bundled", "themes", name);
        return Directory.Exists(bundled) ? bundled : null;
    }
}
