using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocsGen.Cli;
using DocsGen.OpenApi.Model;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// <c>docsgen bundle SPEC -o FILE</c> writes the 36-file fixture (Fixtures/OpenApi/multi-file/) as one file that
/// holds no reference to another file, reads as the same API and builds to the same pages as the split spec, byte
/// for byte, and is the same file every time.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class BundleCommandTests
{
    private static readonly HashSet<string> DataRefs =
        ["not-followed-inside-an-extension.yaml", "this-is-data.yaml", "also-data.yaml", "extension-values-are-data.yaml"];

    private static readonly JsonSerializerOptions ModelJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("bundled.yaml")]
    [InlineData("bundled.json")]
    public async Task The_bundled_file_reads_as_the_same_api_as_the_split_spec(string name)
    {
        using var temp = TestSite.Empty();
        var file = Path.Combine(temp.Temp, name);

        var run = await Docsgen.RunAsync("bundle", TestPaths.Fixture("multi-file/openapi.yaml"), "-o", file);

        run.AssertExitCode(CommandLine.Ok);
        var text = File.ReadAllText(file);
        var refs = RefValue().Matches(text).Select(m => m.Groups["ref"].Value).ToList();
        Assert.Contains(refs, r => r.StartsWith("#/", StringComparison.Ordinal));
        // The fixture writes these in data (an example's value, extension values): they stay as written.
        Assert.Equal(DataRefs, refs.Where(r => !r.StartsWith("#/", StringComparison.Ordinal)).ToHashSet());
        var (split, splitDiagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("multi-file/openapi.yaml"));
        var (bundled, bundledDiagnostics) = await SpecTestKit.BuildAsync(file);
        Assert.Empty(splitDiagnostics.ToList());
        Assert.True(bundledDiagnostics.ToList().Count == 0, string.Join('\n', bundledDiagnostics.ToList()));
        Assert.Equal(Serialize(split), Serialize(bundled));
    }

    [Fact]
    public async Task The_bundled_spec_builds_to_the_same_site_as_the_split_spec_and_the_same_bytes_each_time()
    {
        using var split = TestSite.Empty();
        CopyTree(TestPaths.Fixture("multi-file"), split.PathOf("api"));
        File.Delete(split.PathOf("api/bundled.yaml"));
        using var bundled = TestSite.Empty();
        Directory.CreateDirectory(bundled.PathOf("api"));
        var first = await Docsgen.RunAsync("bundle", split.PathOf("api/openapi.yaml"), "-o", bundled.PathOf("api/openapi.yaml"));
        first.AssertExitCode(CommandLine.Ok);
        var again = Path.Combine(bundled.Temp, "again.yaml");
        (await Docsgen.RunAsync("bundle", split.PathOf("api/openapi.yaml"), "-o", again)).AssertExitCode(CommandLine.Ok);
        Assert.Equal(File.ReadAllBytes(bundled.PathOf("api/openapi.yaml")), File.ReadAllBytes(again));

        foreach (var site in new[] { split, bundled })
        {
            site.Write("docsgen.yml", """
                title: Bakery
                baseUrl: https://example.com/
                versions:
                  - id: v1
                    dir: docs
                    apis:
                      - id: bakery
                        spec: api/openapi.yaml
                        prefix: api
                """);
            site.Write("docs/index.md", "# Bakery\n");
            var result = await site.BuildAsync();
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        }

        var splitPages = ApiPages(split.Output);
        var bundledPages = ApiPages(bundled.Output);
        Assert.True(splitPages.Count > 10, $"{splitPages.Count} API pages");
        Assert.Equal(splitPages.Keys.Order(StringComparer.Ordinal), bundledPages.Keys.Order(StringComparer.Ordinal));
        foreach (var (page, html) in splitPages)
        {
            Assert.True(html == bundledPages[page], $"{page} differs between the split and the bundled spec");
        }
    }

    [Fact]
    public async Task A_missing_file_a_ref_names_is_an_error_and_nothing_is_written()
    {
        using var temp = TestSite.Empty();
        temp.Write("openapi.yaml", """
            openapi: 3.1.0
            info: { title: Broken, version: "1" }
            paths:
              /things:
                get:
                  responses:
                    "200": { $ref: responses/missing.yaml }
            """);
        var file = Path.Combine(temp.Temp, "out.yaml");

        var run = await Docsgen.RunAsync("bundle", temp.PathOf("openapi.yaml"), "-o", file);

        run.AssertExitCode(CommandLine.ContentErrors);
        Assert.Contains(run.Diagnostics, d => d.Contains("error DG3008", StringComparison.Ordinal));
        Assert.False(File.Exists(file));
    }

    /// <summary>The pages of the API reference, which is all that differs between the two sites' inputs.</summary>
    private static Dictionary<string, string> ApiPages(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "v1", "api"), "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Serialize(ApiSpec? spec) => JsonSerializer.Serialize(spec, ModelJson);

    [GeneratedRegex("""["']?\$ref["']?\s*:\s*["']?(?<ref>[^"'\s,}]+)""")]
    private static partial Regex RefValue();
}
