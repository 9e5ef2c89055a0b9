using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// Microsoft.OpenApi drops a 3.0 <c>nullable: true</c> written without <c>type</c> (Stripe writes 437 of
/// them around <c>anyOf</c>); the loader finds each again in the text. Counted independently here, by a
/// plain walk of the YAML tree that skips data (examples, defaults, enums, extensions) and <c>$ref</c>
/// objects, over every OpenAPI 3.0 spec of the corpus: the two counts must agree, spec by spec.
/// </summary>
public sealed class LostKeywordsCorpusTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "examples", "default", "enum", "const" };

    [Fact]
    public async Task Every_nullable_without_type_in_GitHub_and_the_small_specs_is_found()
    {
        var specs = Directory.EnumerateFiles(RepoPaths.Corpus("specs"), "*.*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 1_000_000 || f.EndsWith("github-2022-06-11.json", StringComparison.Ordinal));
        var (files, found) = await AssertFoundAsync(specs);

        Assert.True(files >= 20, $"only {files} OpenAPI 3.0 specs were checked");
        Assert.True(found > 0, "no spec of the subset has a nullable without type: the test proves nothing");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_nullable_without_type_in_every_corpus_spec_is_found()
    {
        var (_, found) = await AssertFoundAsync(Directory.EnumerateFiles(RepoPaths.Corpus("specs"), "*.*", SearchOption.AllDirectories));

        Assert.True(found >= 437, $"{found} found; Stripe alone has 437");
    }

    private async Task<(int Files, int Found)> AssertFoundAsync(IEnumerable<string> paths)
    {
        var (files, found) = (0, 0);
        foreach (var path in paths.Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var spec = await SpecLoader.LoadAsync(path, Path.GetFileName(path), new DiagnosticBag(), CancellationToken.None);
            if (spec is not { SpecVersion: "3.0", ReadOtherFiles: false })
            {
                continue;
            }

            files++;
            var expected = CountNullableWithoutType(YamlTree.Parse(await File.ReadAllTextAsync(path)));
            output.WriteLine($"{Path.GetFileName(path)}: {expected} written, {spec.LostKeywords.NullableCount} found");
            Assert.True(expected == spec.LostKeywords.NullableCount, $"{path}: {expected} nullable-without-type schemas written, {spec.LostKeywords.NullableCount} found");
            found += expected;
        }

        return (files, found);
    }

    private static int CountNullableWithoutType(YamlNode? node) => node switch
    {
        YamlMappingNode map when map.Children.ContainsKey(new YamlScalarNode("$ref")) => 0,
        YamlMappingNode map => (IsNullableWithoutType(map) ? 1 : 0) + map.Children
            .Where(entry => entry.Key is not YamlScalarNode { Value: { } key } || !(DataKeys.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal)))
            .Sum(entry => CountNullableWithoutType(entry.Value)),
        YamlSequenceNode sequence => sequence.Children.Sum(CountNullableWithoutType),
        _ => 0,
    };

    private static bool IsNullableWithoutType(YamlMappingNode map) =>
        !map.Children.ContainsKey(new YamlScalarNode("type"))
        && map.Children.TryGetValue(new YamlScalarNode("nullable"), out var value) && value is YamlScalarNode { Value: "true" };
}
