using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Counts operations straight from the file with YamlDotNet, independent of Microsoft.OpenApi and our
/// model, so a page count can be checked against it.
/// </summary>
internal static class RawOperationCounter
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    public static YamlMappingNode? Root(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    public static bool IsSpec(string path)
    {
        try
        {
            var root = Root(path);
            return root is not null && (root.Children.ContainsKey("openapi") || root.Children.ContainsKey("swagger"));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    public static (int Operations, int Webhooks) Count(string path)
    {
        var root = Root(path)!;
        return (CountIn(root, "paths", path), CountIn(root, "webhooks", path));
    }

    private static int CountIn(YamlMappingNode root, string key, string file)
    {
        if (!root.Children.TryGetValue(key, out var node) || node is not YamlMappingNode items)
        {
            return 0;
        }

        var count = 0;
        foreach (var (_, item) in items.Children)
        {
            count += CountItem(item as YamlMappingNode, root, file);
        }

        return count;
    }

    private static int CountItem(YamlMappingNode? item, YamlMappingNode root, string file)
    {
        if (item is null)
        {
            return 0;
        }

        if (item.Children.TryGetValue("$ref", out var reference) && reference is YamlScalarNode { Value: { } target })
        {
            return CountItem(Follow(target, root, file), root, file);
        }

        return item.Children.Keys.OfType<YamlScalarNode>().Count(k => Methods.Contains(k.Value ?? ""));
    }

    private static YamlMappingNode? Follow(string target, YamlMappingNode root, string file)
    {
        var hash = target.IndexOf('#');
        var filePart = hash < 0 ? target : target[..hash];
        var pointer = hash < 0 ? "" : target[(hash + 1)..];
        YamlNode node = filePart.Length == 0 ? root : Root(Path.Combine(Path.GetDirectoryName(file)!, filePart))!;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/").Replace("~0", "~");
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(name, out var next))
            {
                return null;
            }

            node = next;
        }

        return node as YamlMappingNode;
    }
}
