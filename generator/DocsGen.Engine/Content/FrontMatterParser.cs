using DocsGen.Diagnostics;
using DocsGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Content;

/// <summary>Finds and reads the front matter of a Markdown file.</summary>
internal static class FrontMatterParser
{
    /// <summary>Extracts the YAML between the first two --- lines; body keeps its original line numbers in the file.</summary>
    public static FrontMatter Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter();
        }

        var end = FindClosingFence(text);
        if (end < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, "Front matter starts with '---' but never ends.",
                new SourceLocation(displayPath, 1, 1), "Close the front matter with a line containing only '---'.");
            return new FrontMatter { FirstLine = 2 };
        }

        var yamlText = text[4..end];
        var yaml = new YamlReading(displayPath, diagnostics, lineOffset: 1, DiagnosticCodes.FrontMatterUnknownKey, DiagnosticCodes.FrontMatterWrongType);
        var map = yaml.ParseMapping(yamlText, DiagnosticCodes.FrontMatterSyntax);
        if (map is null)
        {
            return new FrontMatter { FirstLine = 2 };
        }

        foreach (var key in map.Children.Keys)
        {
            var name = key.ToString();
            if (!FrontMatterKeys.IsKnown(name))
            {
                // Unknown keys are warnings: front matter is often shared with other tools.
                diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, $"Unknown front matter key '{name}' is ignored.",
                    yaml.At(key), "Remove it, or check the spelling against the front matter reference.");
            }
        }

        return new FrontMatter
        {
            Title = yaml.String(map, "title"),
            Description = yaml.String(map, "description") ?? yaml.String(map, "summary"),
            Slug = yaml.String(map, "slug"),
            Id = yaml.String(map, "id"),
            Order = yaml.Int(map, "sidebar_position") ?? yaml.Int(map, "order") ?? yaml.Int(map, "weight"),
            NavTitle = yaml.String(map, "sidebar_label") ?? yaml.String(map, "nav_title") ?? yaml.String(map, "linkTitle"),
            Draft = yaml.Bool(map, "draft") ?? false,
            HideFromNav = (yaml.Bool(map, "hide_from_nav") ?? false) || (yaml.Bool(map, "unlisted") ?? false),
            Tags = yaml.StringList(map, "tags") ?? [],
            Aliases = Aliases(yaml, map),
            FirstLine = 2,
        };
    }

    /// <summary>Each alias with its own line, so a warning about one points at it; one text is a list of one.</summary>
    private static IReadOnlyList<PageAlias> Aliases(YamlReading yaml, YamlMappingNode map)
    {
        var node = yaml.Get(map, "aliases");
        IEnumerable<YamlNode> items = node switch
        {
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode sequence => sequence,
            _ => [],
        };
        if (node is not null and not YamlScalarNode and not YamlSequenceNode)
        {
            yaml.WrongType(node, "aliases", "a list of text values");
        }

        var aliases = new List<PageAlias>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } path })
            {
                aliases.Add(new PageAlias(path, yaml.At(item)));
            }
            else if (item is not YamlScalarNode)
            {
                yaml.WrongType(item, "aliases", "a list of text values");
            }
        }

        return aliases;
    }

    private static int FindClosingFence(string text)
    {
        var index = 4;
        while (index <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', index);
            var line = lineEnd < 0 ? text[index..] : text[index..lineEnd];
            if (line.TrimEnd() is "---" or "...")
            {
                return index;
            }

            if (lineEnd < 0)
            {
                return -1;
            }

            index = lineEnd + 1;
        }

        return -1;
    }
}
