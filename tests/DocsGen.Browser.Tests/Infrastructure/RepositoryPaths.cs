namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>Where the checkout and the test fixtures are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds DocsGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A fixture site copied next to the test binaries (Fixtures/NAME).</summary>
    public static string Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"Fixture site '{name}' is missing at {path}.");
    }

    /// <summary>The built `docsgen` program, copied next to the tests through the project reference.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "docsgen.dll");

    /// <summary>A folder of the shared real-world corpus beside the checkout (../shared/corpus); fails with a clear message when absent.</summary>
    public static string Corpus(string relative)
    {
        // ../shared/corpus from a checkout; a git worktree (e.g. /work/wt-NAME) finds it the same way, one level up.
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        Assert.Fail($"Corpus folder 'shared/corpus/{relative}' is missing: this test needs the shared corpus next to the repository ({Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))}).");
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

        throw new DirectoryNotFoundException($"No DocsGen.sln above {AppContext.BaseDirectory}; run the tests from a DocsGen checkout.");
    }
}
