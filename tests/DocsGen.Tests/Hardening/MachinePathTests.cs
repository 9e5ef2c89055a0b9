using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// A build publishes nothing of the machine it ran on: no path of the site's folder (or the corpus') and no file: URL in
/// any output file. The case that did: a Swagger 2.0 spec without host, whose server the OpenAPI reader made from the
/// spec's own path (file:///home/ci/...), shown in every curl sample and playground.json. Every corpus spec's site is
/// held to the same in <see cref="OpenApi.CorpusSiteTests"/>.
/// </summary>
public sealed class MachinePathTests
{
    [Fact]
    public async Task A_swagger_2_spec_without_host_publishes_no_path_of_the_build_machine()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", """
            title: Hostless
            versions:
              - id: v1
                apis:
                  - spec: versions/v1/api.yaml
            """);
        site.Write("versions/v1/index.md", "# Hostless\n");
        site.Write("versions/v1/api.yaml", """
            swagger: '2.0'
            info: { title: Pets, version: '1' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses: { '200': { description: ok } }
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertNoMachinePath(site.Output, site.Root, "file:/");
        // Served by the host of its documentation, as Swagger 2.0 says: the sample calls a path, not a file.
        Assert.Contains("/pets", File.ReadAllText(Path.Combine(site.Output, "v1", "api", "operations", "listpets", "index.html")));
    }

    /// <summary>Fails, naming the files, when any file under <paramref name="output"/> holds one of <paramref name="needles"/> (paths, or a URL scheme).</summary>
    /// <remarks>A file: URL is looked for only where the spec has none of its own: GitHub's describes SARIF's file:/// URIs.</remarks>
    internal static void AssertNoMachinePath(string output, params string[] needles)
    {
        var leaks = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => (file, text: File.ReadAllText(file)))
            .SelectMany(f => needles.Where(n => f.text.Contains(n, StringComparison.Ordinal)).Select(n => $"{Path.GetRelativePath(output, f.file)} holds {n}"))
            .ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks, e.g.\n{string.Join("\n", leaks.Take(5))}");
    }
}
