using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi.YamlReader;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// The loader's YAML front end builds exactly the tree Microsoft.OpenApi's YAML reader builds (same shape, same
/// value kinds, the null sentinel where the reader puts it), and gives null where the reader fails, so the reader
/// can report the failure itself.
/// </summary>
public sealed class YamlEventsToJsonTests
{
    // Small limits, so that every limit is reached by a small fixture.
    private static readonly OpenApiYamlReaderSettings SmallLimits = new() { MaxDepth = 8, MaxNodeCount = 40, MaxScalarLength = 12 };

    [Fact]
    public void Every_yaml_spec_in_the_corpus_gives_the_readers_tree()
    {
        var root = TestPaths.CorpusSpecs;
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 146, $"Expected the corpus's 146 YAML specs under {root}, found {files.Count}.");

        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, new UTF8Encoding(false, true)).TrimStart('\uFEFF');
            var problem = Compare(text, SpecLoader.YamlLimits, allowDecline: HasAnchors(text));
            if (problem is not null)
            {
                problems.Add($"{Path.GetRelativePath(root, file)}: {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {files.Count} differ:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("numbers", "a: 1e3\nb: .5\nc: 0x1F\nd: -0\ne: 1_000\nf: 1.50\ng: +12\nh: 1e400\ni: 0o17\nj: .inf\nk: 12345678901234567890123456789\nl: -.5e-3\n")]
    [InlineData("booleans", "a: true\nb: True\nc: TRUE\nd: yes\ne: 'true'\nf: false\ng: on\nh: tRuE\n")]
    [InlineData("nulls", "a: ~\nb: null\nc: Null\nd: NULL\ne: nUll\nf:\ng: 'null'\nh: [~, null, '~']\n")]
    [InlineData("styles", "a: 'x'\nb: \"y\\n\"\nc: |\n  l1\n  l2\nd: >\n  f1\n  f2\ne: |-\n  k\nf: \"12\"\n")]
    [InlineData("tags", "a: !!str 1\nb: !!int '2'\nc: !custom x\nd: !!bool yes\n")]
    [InlineData("merge key without an alias", "<<: {a: 1}\nb: 2\n")]
    [InlineData("flow", "{a: [1, 2, {b: c}], d: {}, e: []}")]
    [InlineData("sequence root", "- a\n- 2\n- {b: c}\n")]
    [InlineData("scalar root", "hello")]
    [InlineData("multi-document", "a: 1\n---\nb: 2\n")]
    [InlineData("multi-document, second one broken", "a: 1\n---\nb: [\n")]
    [InlineData("explicit document", "---\na: 1\n...\n")]
    [InlineData("crlf", "a: 1\r\nb:\r\n  - x\r\n")]
    [InlineData("duplicate key", "a: 1\na: 2\n")]
    [InlineData("duplicate nested key", "a:\n  b: 1\n  b: 2\n")]
    [InlineData("complex key", "? [a]\n: b\n")]
    [InlineData("empty", "")]
    [InlineData("only a comment", "# nothing\n")]
    [InlineData("empty document", "---\n")]
    [InlineData("syntax error", "a: [1, 2\n")]
    [InlineData("bad indentation", "a:\n  b: 1\n c: 2\n")]
    [InlineData("at the depth limit", "a: [[[[[[[1]]]]]]]\n")]
    [InlineData("over the depth limit", "a: [[[[[[[[1]]]]]]]]\n")]
    [InlineData("at the scalar length limit", "a: '123456789012'\n")]
    [InlineData("over the scalar length limit", "a: '1234567890123'\n")]
    [InlineData("over the node limit", "a: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39]\n")]
    public void Small_documents_give_the_readers_tree_or_null_where_it_fails(string name, string yaml)
    {
        Assert.True(Compare(yaml, SmallLimits, allowDecline: false) is not { } problem, $"{name}: {Compare(yaml, SmallLimits, false)}");
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: &x 1\n")]
    [InlineData("base: &b {a: 1}\nc:\n  <<: *b\n")]
    [InlineData("a: *missing\n")]
    [InlineData("a: \0\n")]
    public void Anchors_aliases_and_nul_characters_are_left_to_the_reader(string yaml)
    {
        Assert.Null(YamlEventsToJson.TryConvert(yaml, SmallLimits));
    }

    [Fact]
    public void A_large_document_read_in_two_halves_gives_the_readers_tree()
    {
        var yaml = Large("", "info: {title: t, version: '1'}\n", LongLine);
        Assert.Null(Compare(yaml, SpecLoader.YamlLimits, allowDecline: false));
        Assert.NotNull(YamlEventsToJson.TryConvert(yaml, SpecLoader.YamlLimits));
    }

    [Theory]
    [InlineData("a quoted scalar over the split", "note: \"starts here\n  " + Padding + "\n", "x_split: inside the string\n", "  " + Padding + "\"\n")]
    [InlineData("a flow mapping over the split", "note: {a: 1,\n  b: " + Padding + ",\n", "x_split: 2,\n", "  c: " + Padding + "}\n")]
    [InlineData("a key in both halves", "paths: {}\nx-before: '" + Padding + "'\n", "info: {title: t}\n", LongLine)]
    public void A_split_that_does_not_hold_gives_the_readers_answer(string name, string before, string splitLine, string after)
    {
        var yaml = Large(before, splitLine, after);
        Assert.True(Compare(yaml, SpecLoader.YamlLimits, allowDecline: false) is null, $"{name}: {Compare(yaml, SpecLoader.YamlLimits, false)}");
    }

    private const string Padding = "pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp";

    private const string LongLine = "servers: [{url: 'https://example.com/" + Padding + "'}]\n";

    /// <summary>
    /// A spec-like document of some 300,000 characters whose middle is the start of <paramref name="splitLine"/>,
    /// the column-0 line the converter splits at: the others are a padding's length away.
    /// </summary>
    private static string Large(string before, string splitLine, string after)
    {
        var text = new StringBuilder("components:\n  schemas:\n");
        for (var i = 0; text.Length < 150_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    s{i}: {{type: object, description: 'Schema {i}.', x-n: {i}, x-b: true, x-z: ~}}\n");
        }

        text.Append(before);
        var middle = text.Length;
        text.Append(splitLine).Append(after).Append("paths:\n");
        for (var i = 0; text.Length < 2 * middle - 40; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  /p{i}:\n    get: {{operationId: op{i}, responses: {{'200': {{description: OK}}}}}}\n");
        }

        return text.Append("openapi: 3.0.0\n").ToString();
    }

    /// <summary>Whether SharpYaml sees an anchor or an alias, which the converter leaves to the reader.</summary>
    private static bool HasAnchors(string text)
    {
        try
        {
            var parser = SharpYaml.Parser.CreateParser(new StringReader(text), 256);
            while (parser.MoveNext())
            {
                if (parser.Current is SharpYaml.Events.NodeEvent { Anchor.Length: > 0 } or SharpYaml.Events.AnchorAlias)
                {
                    return true;
                }
            }
        }
        catch (SharpYaml.YamlException)
        {
        }

        return false;
    }

    /// <summary>Null when the converter matches the reader (the same tree, or null where the reader fails), else what differs.</summary>
    private static string? Compare(string yaml, OpenApiYamlReaderSettings limits, bool allowDecline)
    {
        var ours = YamlEventsToJson.TryConvert(yaml, limits);
        var (theirs, failure) = ReadersTree(yaml, limits);
        if (theirs is null)
        {
            return ours is null ? null : $"the reader fails ({failure}) but the converter gave {ours.ToJsonString()}";
        }

        if (ours is null)
        {
            return allowDecline ? null : "the converter gave nothing where the reader reads the document";
        }

        return FirstDifference(theirs, ours, "#");
    }

    /// <summary>The reader's own YAML-to-JSON step (private in Microsoft.OpenApi.YamlReader 3.11), or why it failed.</summary>
    private static (JsonNode? Tree, string? Failure) ReadersTree(string yaml, OpenApiYamlReaderSettings limits)
    {
        var method = typeof(OpenApiYamlReader).GetMethod("LoadJsonNodesFromYamlDocument", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Microsoft.OpenApi.YamlReader no longer has LoadJsonNodesFromYamlDocument: check YamlEventsToJson against its new reader.");
        try
        {
            using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(yaml)));
            return ((JsonNode?)method.Invoke(new OpenApiYamlReader(limits), [reader, CancellationToken.None]), null);
        }
        catch (TargetInvocationException ex)
        {
            return (null, ex.InnerException?.Message);
        }
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                if (!e.Select(p => p.Key).SequenceEqual(a.Select(p => p.Key)))
                {
                    return $"{path}: keys [{string.Join(", ", e.Select(p => p.Key))}] vs [{string.Join(", ", a.Select(p => p.Key))}]";
                }

                return e.Select(p => FirstDifference(p.Value, a[p.Key], path + "/" + p.Key)).FirstOrDefault(d => d is not null);
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                return e.Select((item, i) => FirstDifference(item, a[i], path + "/" + i)).FirstOrDefault(d => d is not null);
            case (JsonValue e, JsonValue a):
                var same = e.GetValueKind() == a.GetValueKind() && e.ToJsonString() == a.ToJsonString()
                    && (e.GetValueKind() != JsonValueKind.Number || e.GetValue<decimal>() == a.GetValue<decimal>())
                    && Microsoft.OpenApi.JsonNullSentinel.IsJsonNullSentinel(e) == Microsoft.OpenApi.JsonNullSentinel.IsJsonNullSentinel(a)
                    && JsonNode.DeepEquals(e, a);
                return same ? null : $"{path}: {e.GetValueKind()} {e.ToJsonString()} vs {a.GetValueKind()} {a.ToJsonString()}";
            default:
                return $"{path}: {expected?.GetType().Name ?? "null"} vs {actual?.GetType().Name ?? "null"}";
        }
    }
}
