using DocsGen.Build;

namespace DocsGen.Tests.Search;

/// <summary>A fixture site under Fixtures/Search built once into a temporary folder, shared by a test class.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "docsgen-search-tests-" + Guid.NewGuid().ToString("N"));
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Search", "site");
        Result = SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Output }).GetAwaiter().GetResult();
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("Fixture site failed to build:\n" + string.Join('\n', Result.Diagnostics));
        }
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
