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
