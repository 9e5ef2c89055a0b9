using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi;

/// <summary>Every distinct non-blank string of every spec in the shared corpus: the oracle tests' inputs.</summary>
internal static class CorpusStrings
{
    public static HashSet<string> All()
    {
        var files = Directory.EnumerateFiles(TestPaths.CorpusSpecs, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetExtension(p) is ".yaml" or ".yml" or ".json")
            .Order(StringComparer.Ordinal)
            .ToList();
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        foreach (var file in files)
        {
            if (Tree(File.ReadAllText(file)) is { } root)
            {
                read++;
                Collect(root, strings);
            }
        }

        Assert.True(read >= 180, $"Read {read} of {files.Count} corpus files (212 when this test was written).");
        return strings;
    }

    private static JsonNode? Tree(string text)
    {
        try
        {
            return text.AsSpan().TrimStart().StartsWith("{")
                ? JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1024 })
                : YamlTree.Parse(text) is { } yaml ? YamlTree.ToJson(yaml) : null;
        }
        catch (Exception e) when (e is JsonException or YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static void Collect(JsonNode? node, HashSet<string> strings)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (_, child) in map)
                {
                    Collect(child, strings);
                }

                break;
            case JsonArray list:
                foreach (var child in list)
                {
                    Collect(child, strings);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text):
                strings.Add(text);
                break;
        }
    }
}
