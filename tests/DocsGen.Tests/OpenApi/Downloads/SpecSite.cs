using DocsGen.Build;

namespace DocsGen.Tests.OpenApi.Downloads;

/// <summary>
/// A one-version site around real spec files, written to a temp folder and built as `docsgen build` does. The specs
/// stay where they are (the corpus): their folders are listed under readRoots. Disposing deletes the folder.
/// </summary>
internal sealed class SpecSite : IDisposable
{
    private SpecSite(string root, BuildResult result)
    {
        Root = root;
        Result = result;
    }

    public string Root { get; }

    public BuildResult Result { get; }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>Builds a site with one API per spec: ids api0, api1... under prefixes api0, api1...</summary>
    public static async Task<SpecSite> BuildAsync(params string[] specs)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-tests", "spec-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
        File.WriteAllText(Path.Combine(root, "versions", "v1", "index.md"), "# Home\n");
        var readRoots = specs.Select(s => Path.GetDirectoryName(s)!).Distinct().Select(d => $"'{d}'");
        var apis = specs.Select((s, i) => $"      - id: api{i}\n        spec: '{s}'\n        prefix: api{i}\n");
        File.WriteAllText(Path.Combine(root, "docsgen.yml"),
            $"title: Downloads\nreadRoots: [{string.Join(", ", readRoots)}]\nversions:\n  - id: v1\n    current: true\n    apis:\n{string.Concat(apis)}");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_site") });
        return new SpecSite(root, result);
    }

    public string PathOf(string relative) => Path.Combine(Output, relative);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
