namespace DocsGen.Tests.Search;

internal static class RepoPaths
{
    /// <summary>The folder holding DocsGen.sln, found by walking up from the test binaries.</summary>
    public static string Root()
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

    /// <summary>
    /// ../shared/corpus beside the repository (a git worktree may sit deeper: the nearest ancestor's
    /// shared/corpus is used); fails with a clear message when it is missing.
    /// </summary>
    public static string Corpus()
    {
        var root = Root();
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new InvalidOperationException($"The shared corpus is missing: expected it at {Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"))}.");
    }
}
