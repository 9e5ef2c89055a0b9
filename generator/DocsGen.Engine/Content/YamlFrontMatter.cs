using DocsGen.Diagnostics;
using DocsGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Content;

/// <summary>YAML front matter (between <c>---</c> lines) as a <see cref="FrontMatterTable"/>.</summary>
internal static class YamlFrontMatter
{
    public static FrontMatterTable? Read(FrontMatterFence fence, string displayPath, DiagnosticBag diagnostics) =>
        PlainFrontMatter.TryRead(fence, displayPath) ?? ReadWithYamlDotNet(fence, displayPath, diagnostics);

    /// <summary>What YamlDotNet reads, for any block (<see cref="PlainFrontMatter"/> reads the plain ones the same).</summary>
    internal static FrontMatterTable? ReadWithYamlDotNet(FrontMatterFence fence, string displayPath, DiagnosticBag diagnostics)
    {
        var yaml = new YamlReading(displayPath, diagnostics, lineOffset: fence.FirstLine - 1, DiagnosticCodes.FrontMatterUnknownKey, DiagnosticCodes.FrontMatterWrongType);
        return yaml.ParseMapping(fence.Text, DiagnosticCodes.FrontMatterSyntax) is { } map ? (FrontMatterTable)Convert(map, yaml) : null;
    }

    private static FrontMatterValue Convert(YamlNode node, YamlReading yaml) => node switch
    {
        YamlMappingNode map => new FrontMatterTable(
            map.Children.Select(c => new FrontMatterEntry((c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), yaml.At(c.Key), Convert(c.Value, yaml))).ToList(),
            yaml.At(map)),
        YamlSequenceNode list => new FrontMatterList(list.Select(i => Convert(i, yaml)).ToList(), yaml.At(list)),
        YamlScalarNode scalar => new FrontMatterScalar(scalar.Value ?? "", yaml.At(scalar)),
        _ => new FrontMatterScalar(node.ToString(), yaml.At(node)),
    };
}
