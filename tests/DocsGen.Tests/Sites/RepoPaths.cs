namespace DocsGen.Tests.Sites;

/// <summary>Folders of this checkout, found by walking up to the folder holding DocsGen.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/DocsGen.Tests in the source tree (goldens are regenerated there, not in bin/).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "DocsGen.Tests");

    /// <summary>Fixture sites as copied next to the test assembly.</summary>
    public static string FixtureSites => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites");

    public static string GoldenSites => Path.Combine(TestProject, "Golden", "Sites");

    /// <summary>The shared real-world corpus beside the repository; fails with a clear message when absent.</summary>
    public static string Corpus(string relative)
    {
        // ../shared/corpus from a checkout; a git worktree (e.g. /work/wt/NAME) finds it one level further up.
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        Assert.Fail($"Corpus folder 'shared/corpus/{relative}' is missing: these tests need the shared corpus next to the repository ({Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))}).");
        return "";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
    }
}
