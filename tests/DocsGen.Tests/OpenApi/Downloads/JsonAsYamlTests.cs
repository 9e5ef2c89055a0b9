using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OpenApi.Downloads;

/// <summary>
/// The YAML download is the JSON download re-spelled. Read back by a YAML reader (YamlDotNet here, the OpenAPI
/// reader for the specs), it is the same tree with the same values: no string a YAML 1.1 or 1.2 reader would take
/// for a boolean, null, number or date is written plain, and multi-line text keeps every line and line break.
/// </summary>
public sealed partial class JsonAsYamlTests
{
    public static TheoryData<string> TrickyStrings() =>
    [
        "yes", "No", "ON", "off", "y", "n", "null", "Null", "~", "true", "False", "", " ", "<<", "=",
        "12", "012", "0x1F", "0o17", "1e5", "1_000", "1:20", "-1", "+1", ".5", ".inf", "-.inf", ".NaN", "2024-01-01", "2001-12-14t21:59:43.10-05:00",
        "- item", "-", "---", "...", "? key", ": value", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "|", ">", "#comment",
        "[list]", "{map}", "a, b", "key: value", "trailing:", "a #not a comment", "a#b", "it's", "say \"hi\"", "back\\slash",
        " leading space", "trailing space ", "\ttab", "tab\tinside", "control\u0001char", "bell\u0007", "del\u007f", "nel\u0085", "line\u2028separator", "bom\ufeff",
        "two\nlines", "ends with newline\n", "two newlines\n\n", "\nstarts with newline", "  indented first line\nsecond", "a\n\n\nb", "a\n  \nb", "crlf\r\nline",
        "\n", "\n\n", "  \n", "emoji 😀 ok", "<p>Stripe's <code>HTML</code></p>", "https://api.example.com/v1?x=1#frag", "snake_case", "ÿes",
    ];

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void A_string_reads_back_as_the_same_string_as_value_key_and_list_item(string text)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["value"] = text, [text] = "key", ["list"] = new[] { text, text } });

        var yaml = JsonAsYaml.Convert(json);

        AssertSameTree(json, yaml);
    }

    [Fact]
    public void Values_keep_their_types_and_multi_line_text_is_a_literal_block()
    {
        const string Json = """
            {"openapi":"3.1.0","count":12,"ratio":-1.5e-3,"big":1E+400,"on":true,"off":false,"none":null,"empty":{},"nothing":[],
             "nested":[[1,[2,{}]],{"a":{"b":[{"c":"d","e":[]}]}}],"200":{"description":"Line one\nLine two\n"},"plain":"Hello world"}
            """;

        var yaml = JsonAsYaml.Convert(Json);

        AssertSameTree(Json, yaml);
        Assert.Contains("openapi: '3.1.0'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("'200':\n  description: |\n    Line one\n    Line two\n", yaml, StringComparison.Ordinal);
        Assert.Contains("plain: Hello world\n", yaml, StringComparison.Ordinal);
        Assert.Contains("empty: {}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("nested:\n  - - 1\n    - - 2\n      - {}\n  - a:\n      b:\n        - c: d\n          e: []\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_too_long_for_an_implicit_key_is_an_explicit_one()
    {
        var key = new string('k', 1500);
        var json = JsonSerializer.Serialize(new { outer = new Dictionary<string, object> { [key] = new[] { 1, 2 }, ["next"] = "x" } });

        var yaml = JsonAsYaml.Convert(json);

        AssertSameTree(json, yaml);
        Assert.Contains("  ? \"" + key + "\"\n  :\n", yaml, StringComparison.Ordinal);
    }

    /// <summary>Real specs of every OpenAPI version, also read back by the OpenAPI reader the builds use.</summary>
    [Theory]
    [InlineData("museum/openapi.yaml")]
    [InlineData("oai-examples/v2.0/yaml/petstore.yaml")]
    [InlineData("oai-examples/v3.0/uspto.yaml")]
    [InlineData("oai-examples/v3.1/webhook-example.yaml")]
    [InlineData("oai-examples/v3.2/3.2-tags-example.yaml")]
    [InlineData("apis-guru/adyen.com__CheckoutService__40__openapi.yaml")]
    [InlineData("multi-file/redocly-openapi-starter/openapi/openapi.yaml")]
    [InlineData("edge-cases/food/restaurant/openapi.yaml")]
    public async Task A_real_spec_reads_back_as_the_same_document(string relativePath)
    {
        var (json, yaml) = await DownloadsOfAsync(relativePath);

        AssertSameTree(json, yaml);
        var folder = Directory.CreateTempSubdirectory("docsgen-yaml-");
        try
        {
            var file = Path.Combine(folder.FullName, "openapi.yaml");
            await File.WriteAllTextAsync(file, yaml);
            var diagnostics = new DiagnosticBag();
            var again = await SpecLoader.LoadAsync(file, "openapi.yaml", diagnostics, CancellationToken.None);
            Assert.True(again is not null, string.Join('\n', diagnostics.ToList()));
            Assert.Equal(json, SpecText.Json(again!));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every spec of the corpus, Stripe, GitHub and Kubernetes included.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(CorpusSpecs))]
    public async Task Every_corpus_spec_reads_back_as_the_same_tree(string relativePath)
    {
        var (json, yaml) = await DownloadsOfAsync(relativePath);

        AssertSameTree(json, yaml);
    }

    public static TheoryData<string> CorpusSpecs() => CorpusTests.Specs();

    private static async Task<(string Json, string Yaml)> DownloadsOfAsync(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        Assert.True(File.Exists(path), $"The corpus spec {path} is missing (../shared/corpus beside the checkout).");
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(path, relativePath, diagnostics, CancellationToken.None);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.ToList()));
        string json;
        try
        {
            json = SpecText.Json(loaded!);
        }
        catch (Exception e) when (e is UriFormatException or InvalidOperationException or ArgumentException)
        {
            // The OpenAPI writer rejects a value in this spec: the build leaves both downloads out with DG warning (SpecDownloadTests).
            return ("{}", "{}\n");
        }

        return (json, JsonAsYaml.Convert(json));
    }

    private static void AssertSameTree(string json, string yaml)
    {
        using var expected = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4096 });
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            Assert.Fail($"The YAML does not parse at {e.Start}: {e.Message}\n{Excerpt(yaml, e.Start)}");
        }

        Assert.Single(stream.Documents);
        AssertSame(expected.RootElement, stream.Documents[0].RootNode, "$");
    }

    private static void AssertSame(JsonElement expected, YamlNode actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var mapping = Assert.IsType<YamlMappingNode>(actual, exactMatch: false);
                var properties = expected.EnumerateObject().ToList();
                Assert.True(properties.Count == mapping.Children.Count, $"{path}: {properties.Count} keys expected, {mapping.Children.Count} read");
                foreach (var ((key, value), property) in mapping.Children.Zip(properties))
                {
                    var name = Assert.IsType<YamlScalarNode>(key, exactMatch: false);
                    Assert.True(property.Name == name.Value, $"{path}: key '{property.Name}' read as '{name.Value}'");
                    AssertReadAsString(name, path + "." + property.Name);
                    AssertSame(property.Value, value, path + "." + property.Name);
                }

                break;
            case JsonValueKind.Array:
                var sequence = Assert.IsType<YamlSequenceNode>(actual, exactMatch: false);
                Assert.True(expected.GetArrayLength() == sequence.Children.Count, $"{path}: {expected.GetArrayLength()} items expected, {sequence.Children.Count} read");
                var index = 0;
                foreach (var (item, node) in expected.EnumerateArray().Zip(sequence.Children))
                {
                    AssertSame(item, node, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.String:
                var text = Assert.IsType<YamlScalarNode>(actual, exactMatch: false);
                var want = expected.GetString()!;
                // Half a surrogate pair is no character, so no reader gets it back; U+FFFD stands in, as in the UTF-8 JSON file.
                want = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(want));
                Assert.True(want == text.Value, $"{path}: '{want}' read back as '{text.Value}' ({text.Style})");
                AssertReadAsString(text, path);
                break;
            case JsonValueKind.Number:
                var number = Assert.IsType<YamlScalarNode>(actual, exactMatch: false);
                Assert.Equal(ScalarStyle.Plain, number.Style);
                Assert.Matches(CoreNumber(), number.Value);
                Assert.True(double.Parse(expected.GetRawText(), CultureInfo.InvariantCulture).Equals(double.Parse(number.Value!, CultureInfo.InvariantCulture)),
                    $"{path}: {expected.GetRawText()} read back as {number.Value}");
                break;
            default:
                var scalar = Assert.IsType<YamlScalarNode>(actual, exactMatch: false);
                Assert.Equal(ScalarStyle.Plain, scalar.Style);
                Assert.Equal(expected.ValueKind switch { JsonValueKind.True => "true", JsonValueKind.False => "false", _ => "null" }, scalar.Value);
                break;
        }
    }

    /// <summary>A plain scalar is a string only when neither YAML 1.1's nor 1.2's core resolvers make it something else.</summary>
    private static void AssertReadAsString(YamlScalarNode node, string path)
    {
        if (node.Style == ScalarStyle.Plain)
        {
            Assert.False(NotAString().IsMatch(node.Value!), $"{path}: '{node.Value}' is written plain but a YAML reader takes it for a non-string");
        }
    }

    private static string Excerpt(string yaml, Mark at)
    {
        var lines = yaml.Split('\n');
        var line = (int)Math.Min(lines.Length, Math.Max(1, at.Line));
        return string.Join('\n', lines.Skip(Math.Max(0, line - 4)).Take(6));
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreNumber();

    /// <summary>YAML 1.1 and 1.2 (core schema) null, bool, int, float and 1.1's timestamp and merge key.</summary>
    [GeneratedRegex(@"^(~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<|=" +
        @"|[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+" +
        @"|[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(\.[0-9_]*)?[eE][-+]?[0-9]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*" +
        @"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$")]
    private static partial Regex NotAString();
}
