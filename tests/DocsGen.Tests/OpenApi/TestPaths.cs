namespace DocsGen.Tests.OpenApi;

/// <summary>Where fixtures, golden files and the shared corpus live, found from the test binary's folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "OpenApi", name);

    /// <summary>Golden files are compared with the copy in the source tree, which is also where updates go.</summary>
    public static string Golden(string name) => Path.Combine(RepoRoot, "tests", "DocsGen.Tests", "Golden", "OpenApi", name);

    public static string Theme => Path.Combine(RepoRoot, "themes", "default");

    public static string CorpusSpecs
    {
        get
        {
            // ../shared next to the repository; a git worktree sits one level deeper, so keep walking up.
            for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "shared", "corpus", "specs");
                if (Directory.Exists(path))
                {
                    return path;
                }
            }

            Assert.Fail($"The shared corpus is missing: expected ../shared/corpus/specs next to {RepoRoot}.");
            return "";
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DocsGen.sln not found above " + AppContext.BaseDirectory);
    }
}
