using DocsGen.Build;
using DocsGen.Output.Parts;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Parts;

/// <summary>
/// Builds a site whole and in parts (`docsgen build --only`), merges the parts (`docsgen merge`) and
/// compares the two outputs file by file: the same list of files, the same bytes.
/// </summary>
internal static class ScaleOutSite
{
    /// <summary>
    /// Four versions, newest first, with the current one second so "current" and "first" differ: v4 is a
    /// preview that asks to be indexed, v3 is current, v2 and v1 are old (noindex by default). Each has
    /// pages the others lack, v2-v4 carry real specs from the corpus (so v3 and v4 get changelog pages
    /// against the version before), v3 has an image of its own and the site a shared asset.
    /// </summary>
    public static TestSite WriteFourVersions()
    {
        var site = TestSite.Empty();
        var specs = RepoPaths.Corpus("specs/oai-examples");
        site.Write("docsgen.yml", $"""
            title: Four Versions
            description: A site built whole and in parts.
            baseUrl: https://docs.example.com/pets/
            readRoots: ["{specs}"]
            versions:
              - id: v4
                label: "4.0 preview"
                noindex: false
                apis:
                  - id: pets
                    spec: {specs}/v3.0/petstore-expanded.yaml
                    prefix: api
              - id: v3
                label: "3.0"
                current: true
                apis:
                  - id: pets
                    spec: {specs}/v3.0/petstore.yaml
                    prefix: api
              - id: v2
                label: "2.0"
                apis:
                  - id: pets
                    spec: {specs}/v2.0/yaml/petstore.yaml
                    prefix: api
              - id: v1
                label: "1.0"
            """);
        foreach (var version in new[] { "v4", "v3", "v2", "v1" })
        {
            site.Write($"versions/{version}/index.md", $"# Pets {version}\n\nStart with [authentication](guides/auth.md).\n");
            site.Write($"versions/{version}/guides/auth.md", $"""
                ---
                description: How to authenticate in {version}.
                ---
                # Authentication

                Send a key with every request.

                ## Keys

                Keys are per project.
                """);
        }

        site.Write("versions/v4/guides/streaming.md", "# Streaming\n\nNew in v4: see [keys](auth.md#keys).\n");
        site.Write("versions/v3/guides/pagination.md", "# Pagination\n\n![logo](../images/logo.svg)\n\nPages of pets, in v3 and [v1](/v1/guides/legacy/).\n");
        site.Write("versions/v3/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        site.Write("versions/v1/guides/legacy.md", "# Legacy\n\nOnly in v1.\n");
        site.Write("assets/site.css", "body { color: #222; }\n");
        return site;
    }

    public static async Task<BuildResult> BuildAsync(TestSite site, string output, params string[] only)
    {
        var result = await site.BuildAsync(output, o => o with { Only = only.Length == 0 ? null : only });
        Assert.True(result.Succeeded, $"The build of {(only.Length == 0 ? "the whole site" : string.Join(",", only))} failed:\n{string.Join("\n", result.Diagnostics)}");
        return result;
    }

    /// <summary>Builds each part into its own folder under <paramref name="folder"/>, merges them, and returns the merged site's folder.</summary>
    public static async Task<string> BuildInPartsAndMergeAsync(TestSite site, string folder, params string[][] parts)
    {
        var partFolders = new List<string>();
        foreach (var part in parts)
        {
            var partFolder = Path.Combine(folder, "part-" + string.Join('-', part));
            await BuildAsync(site, partFolder, part);
            partFolders.Add(partFolder);
        }

        var merged = Path.Combine(folder, "merged");
        var result = PartMerger.Merge(new MergeOptions { Parts = partFolders, Output = merged });
        Assert.True(result.Succeeded, $"The merge failed:\n{string.Join("\n", result.Diagnostics)}");
        return merged;
    }

    /// <summary>The same files with the same bytes in both folders; the message names the first difference.</summary>
    public static void AssertSameFiles(string whole, string merged)
    {
        var expected = Files(whole);
        var actual = Files(merged);
        Assert.True(expected.Count > 0, $"{whole} is empty.");
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            var a = File.ReadAllBytes(Path.Combine(whole, file));
            var b = File.ReadAllBytes(Path.Combine(merged, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between the whole build and the merged parts.");
        }
    }

    public static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();
}
