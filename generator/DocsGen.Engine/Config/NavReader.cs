using DocsGen.Diagnostics;
using DocsGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Config;

/// <summary>
/// docsgen.yml's <c>nav</c>: either the top-level order (folder or page slugs, the rest follows), or, when an entry names
/// a Markdown file or is a <c>Title: ...</c> mapping, the whole sidebar written out in MkDocs' own spelling
/// (<c>- Title: page.md</c>, <c>- page.md</c>, <c>- Title: https://...</c>, <c>- Group: [entries]</c>).
/// </summary>
internal static class NavReader
{
    private static readonly string[] LinkSchemes = ["http://", "https://", "mailto:"];

    public static (IReadOnlyList<string> Order, IReadOnlyList<NavEntry> Tree) Read(YamlReading yaml, YamlMappingNode map)
    {
        if (yaml.Get(map, "nav") is not YamlSequenceNode list)
        {
            return (yaml.StringList(map, "nav") ?? [], []);
        }

        if (!list.Any(IsTreeEntry))
        {
            return (yaml.StringList(map, "nav") ?? [], []);
        }

        return ([], Entries(yaml, list));
    }

    /// <summary>
    /// A version's own <c>nav</c>: the whole sidebar, written as the site's (a version's pages differ, so a top-level
    /// order of slugs would say nothing the site's does not); empty when the version has none.
    /// </summary>
    public static IReadOnlyList<NavEntry> ReadVersionTree(YamlReading yaml, YamlMappingNode version, string id)
    {
        if (yaml.Get(version, "nav") is not { } node)
        {
            return [];
        }

        if (node is YamlSequenceNode list && list.Any(IsTreeEntry))
        {
            return Entries(yaml, list);
        }

        yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"Version '{id}' has a 'nav' that lists no pages.", yaml.At(node),
            "Write the version's sidebar as the site's nav in MkDocs' spelling (- Title: page.md, - Group: [...]), or leave it out to use the site's nav.");
        return [];
    }

    private static bool IsTreeEntry(YamlNode node) =>
        node is YamlMappingNode || node is YamlScalarNode { Value: { } value } && (IsPage(value) || IsLink(value));

    private static bool IsPage(string value) => value.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsLink(string value) => LinkSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    private static List<NavEntry> Entries(YamlReading yaml, YamlSequenceNode list)
    {
        var entries = new List<NavEntry>();
        foreach (var item in list)
        {
            if (Entry(yaml, item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static NavEntry? Entry(YamlReading yaml, YamlNode item)
    {
        switch (item)
        {
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return Target(yaml, null, value, item);
            case YamlMappingNode { Children.Count: 1 } mapping:
                var (key, value2) = mapping.Children.First();
                var title = (key as YamlScalarNode)?.Value ?? "";
                return value2 switch
                {
                    YamlSequenceNode children => new NavEntry(title, null, null, Entries(yaml, children), yaml.At(key)),
                    YamlScalarNode { Value: { Length: > 0 } target } => Target(yaml, title, target, value2),
                    _ => Invalid(yaml, value2),
                };
            default:
                return Invalid(yaml, item);
        }
    }

    private static NavEntry? Target(YamlReading yaml, string? title, string target, YamlNode at)
    {
        if (IsLink(target))
        {
            return new NavEntry(title, null, target, null, yaml.At(at));
        }

        if (IsPage(target) && !target.StartsWith('/') && !target.Split('/').Contains(".."))
        {
            return new NavEntry(title, target.Split('#')[0], null, null, yaml.At(at));
        }

        return Invalid(yaml, at);
    }

    private static NavEntry? Invalid(YamlReading yaml, YamlNode at)
    {
        yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue,
            "A 'nav' entry that lists pages must be a Markdown file of the version (page.md), 'Title: page.md', 'Title: https://...' or 'Group: [entries]'.",
            yaml.At(at), "Write it as in MkDocs' nav, with paths relative to the version folder; or list only folder and page slugs for a top-level order.");
        return null;
    }
}
