namespace DocsGen.Bench.Measurement;

internal static class Folders
{
    public static long SizeOf(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    public static int CountHtml(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;

    /// <summary>The folder that holds DocsGen.sln, found from the harness's binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from a DocsGen checkout (no DocsGen.sln found).");
    }

    /// <summary>
    /// The shared corpus: ../shared/corpus beside the checkout (as in CI), or beside a folder above it
    /// (a git worktree nested deeper); null when there is none.
    /// </summary>
    public static string? SharedCorpus()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        return null;
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
