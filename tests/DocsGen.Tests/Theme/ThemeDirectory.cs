namespace DocsGen.Tests.Theme;

internal static class ThemeDirectory
{
    /// <summary>themes/default of this checkout, found by walking up to the folder holding DocsGen.sln.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return Path.Combine(dir.FullName, "themes", "default");
            }
        }
        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}: cannot find themes/default.");
    }
}
