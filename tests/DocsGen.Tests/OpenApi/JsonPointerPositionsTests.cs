using System.Text;
using DocsGen.OpenApi.Loading;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OpenApi;

/// <summary>JSON specs are located by a token walk; it must put every value where the YAML tree does.</summary>
public sealed class JsonPointerPositionsTests
{
    [Theory]
    [InlineData("swagger-2.0.json")]
    [InlineData("../ApiDiff/petstore-v1-to-v2.json")]
    public void Every_value_of_a_json_spec_is_found_where_the_yaml_tree_puts_it(string fixture)
    {
        var text = File.ReadAllText(TestPaths.Fixture(fixture));
        var root = YamlTree.Parse(text)!;
        var positions = new JsonPointerPositions(Encoding.UTF8.GetBytes(text));

        var pointers = Pointers(root, "#").ToList();

        Assert.True(pointers.Count > 50, $"only {pointers.Count} pointers");
        foreach (var (pointer, node) in pointers)
        {
            Assert.Equal(((int)node.Start.Line, (int)node.Start.Column), positions.Find(pointer));
        }
    }

    [Fact]
    public void A_pointer_past_the_end_stops_at_the_deepest_value_on_its_way()
    {
        var text = "{\n  \"paths\": {\n    \"/pets\": {\"get\": {}}\n  }\n}";
        var positions = new JsonPointerPositions(Encoding.UTF8.GetBytes(text));

        Assert.Equal((3, 14), positions.Find("#/paths/~1pets/post/responses"));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var text = "{\"título\": {\"ñ\": [1, 2, {\"x\": true}]}}";
        var positions = new JsonPointerPositions(Encoding.UTF8.GetBytes(text));

        Assert.Equal((1, 31), positions.Find("#/título/ñ/2/x"));
    }

    [Fact]
    public void Text_that_is_not_json_gives_no_position()
    {
        var positions = new JsonPointerPositions(Encoding.UTF8.GetBytes("{a: [1, 2"));

        Assert.Null(positions.Find("#/a/1"));
    }

    private static IEnumerable<(string Pointer, YamlNode Node)> Pointers(YamlNode node, string pointer)
    {
        yield return (pointer, node);
        var children = node switch
        {
            YamlMappingNode map => map.Children.Select(c => (Key: ((YamlScalarNode)c.Key).Value!.Replace("~", "~0").Replace("/", "~1"), c.Value)),
            YamlSequenceNode seq => seq.Children.Select((c, i) => (Key: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: c)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            foreach (var found in Pointers(child, pointer + "/" + key))
            {
                yield return found;
            }
        }
    }
}
