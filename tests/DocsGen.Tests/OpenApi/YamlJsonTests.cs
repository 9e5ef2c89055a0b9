using System.Reflection;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi.YamlReader;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// The loader's YAML front end (<see cref="YamlJson"/>) must hand Microsoft.OpenApi exactly the JsonNode the reader's
/// own front end builds, or decline (null) so the reader reads the text itself. Both are compared node by node,
/// value type included (a decimal 1.50 is not a decimal 1.5 nor the string "1.50"), on every YAML spec of the shared
/// corpus and on small documents that probe the YAML rules the two parsers could read differently.
/// </summary>
public sealed class YamlJsonTests
{
    [Fact]
    public void Every_yaml_spec_of_the_corpus_becomes_the_readers_own_json()
    {
        var specs = Directory.EnumerateFiles(TestPaths.CorpusSpecs, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetExtension(p) is ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(specs.Count >= 100, $"Expected the corpus's YAML specs (146 when this test was written), found {specs.Count}.");

        var declined = new List<string>();
        foreach (var spec in specs)
        {
            var text = File.ReadAllText(spec).TrimStart('\uFEFF');
            var expected = ReadersJson(text);
            var actual = YamlJson.TryConvert(text, SpecLoader.YamlLimits);
            var name = Path.GetRelativePath(TestPaths.CorpusSpecs, spec);
            if (actual is null)
            {
                declined.Add(name);
                continue;
            }

            Assert.True(expected is not null, $"{name}: the reader refuses this text, the front end read it.");
            AssertSame(expected, actual, name);
        }

        // Declining is safe (the reader then reads the text), but it must stay the exception, not the rule.
        Assert.True(declined.Count == 0, $"Declined {declined.Count} of {specs.Count}: {string.Join(", ", declined)}");
    }

    [Theory]
    [InlineData("numbers", "a: 1\nb: 1.50\nc: -0\nd: 1e3\ne: .5\nf: +1\ng: 0x1F\nh: 1_000\ni: 1e400\nj: 0o17\nk: 12345678901234567890123\nl: .inf\nm: .NaN\n")]
    [InlineData("booleans", "a: true\nb: True\nc: TRUE\nd: yes\ne: on\nf: 'true'\ng: false\nh: tRuE\n")]
    [InlineData("nulls", "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: 'null'\ng: \"~\"\nh: nUll\n")]
    [InlineData("quoted and block scalars", "a: '1'\nb: \"2\"\nc: |\n  line\n  two\nd: >-\n  folded\n  text\n\ne: |+\n  kept\n\nf: \"esc\\u00e9\\n\"\ng: 'it''s'\n")]
    [InlineData("plain multi-line", "a: one\n  two\n\n  three\nb: x #comment\n")]
    [InlineData("tags are ignored", "a: !!str 123\nb: !!int '4'\nc: !custom { x: 1 }\n")]
    [InlineData("flow collections", "a: [1, 'two', {b: c}, [], {}]\nb: {x: null, y: [true]}\n")]
    [InlineData("anchors and aliases", "base: &b { type: string, n: 1 }\nuse: *b\nlist: [*b, *b]\nname: &n the-key\nagain: *n\n")]
    [InlineData("an alias as a key", "k: &k key\nm:\n  *k : value\n")]
    [InlineData("merge keys stay keys", "base: &b { a: 1 }\nderived:\n  <<: *b\n  c: 2\n")]
    [InlineData("keys that look typed", "1: one\ntrue: yes\nnull: x\n'2': two\n")]
    [InlineData("multiple documents", "a: 1\n---\nb: 2\n")]
    [InlineData("an explicit document", "%YAML 1.2\n---\na: 1\n...\n")]
    [InlineData("a second document that is broken", "a: 1\n---\n: : [\n")]
    [InlineData("a scalar document", "just text\n")]
    [InlineData("a sequence document", "- 1\n- a\n")]
    [InlineData("unicode and long keys", "\"caf\\u00e9\": 1\n\u65e5\u672c: 2\n")]
    [InlineData("a duplicate key", "a: 1\na: 2\n")]
    [InlineData("a duplicate anchor", "x: &a 1\ny: &a 2\n")]
    [InlineData("an unknown alias", "x: *nowhere\n")]
    [InlineData("a cyclic alias", "x: &a [ *a ]\n")]
    [InlineData("a mapping as a key", "? { a: 1 }\n: value\n")]
    [InlineData("a syntax error", "a: [1, 2\nb: 3\n")]
    [InlineData("bad indentation", "a:\n  b: 1\n c: 2\n")]
    [InlineData("an empty text", "")]
    [InlineData("only a comment", "# nothing\n")]
    [InlineData("an empty document", "---\n...\n")]
    public void A_small_document_reads_as_the_reader_reads_it_or_is_left_to_the_reader(string what, string text)
    {
        var expected = ReadersJson(text);
        var actual = YamlJson.TryConvert(text, SpecLoader.YamlLimits);
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: the reader refuses it, so the front end must leave it to the reader.");
            return;
        }

        if (actual is not null)
        {
            AssertSame(expected, actual, what);
        }
    }

    [Fact]
    public void Documents_both_read_are_not_left_to_the_reader()
    {
        // The cases above allow declining; these ordinary shapes must take the fast path.
        foreach (var text in new[] { "a: 1\nb: [x, 'y']\nc: { d: ~ }\n", "base: &b { t: s }\nuse: *b\n", "a: 1\n---\nb: 2\n" })
        {
            Assert.NotNull(YamlJson.TryConvert(text, SpecLoader.YamlLimits));
        }
    }

    [Fact]
    public void An_alias_that_multiplies_past_the_limit_is_left_to_the_reader()
    {
        var lines = new List<string> { "l0: &l0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        }

        Assert.Null(YamlJson.TryConvert(string.Join("\n", lines) + "\n", SpecLoader.YamlLimits));
    }

    /// <summary>The JsonNode Microsoft.OpenApi.YamlReader builds from the text (its internal front end), or null when it refuses the text.</summary>
    private static JsonNode? ReadersJson(string text)
    {
        var type = typeof(OpenApiYamlReader).Assembly.GetType("Microsoft.OpenApi.YamlReader.YamlJsonParser", throwOnError: true)!;
        var parser = Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [SpecLoader.YamlLimits], null)!;
        var parse = type.GetMethod("Parse", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(TextReader), typeof(CancellationToken)])!;
        try
        {
            return (JsonNode)parse.Invoke(parser, [new StringReader(text), CancellationToken.None])!;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static void AssertSame(JsonNode? expected, JsonNode? actual, string where)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{where}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject map:
                var other = Assert.IsType<JsonObject>(actual);
                Assert.Equal(map.Select(p => p.Key), other.Select(p => p.Key));
                foreach (var (key, child) in map)
                {
                    AssertSame(child, other[key], $"{where}/{key}");
                }

                break;
            case JsonArray list:
                var otherList = Assert.IsType<JsonArray>(actual);
                Assert.True(list.Count == otherList.Count, $"{where}: {list.Count} items, got {otherList.Count}");
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSame(list[i], otherList[i], $"{where}/{i}");
                }

                break;
            default:
                var value = Assert.IsAssignableFrom<JsonValue>(actual);
                var (want, got) = (((JsonValue)expected).GetValue<object>(), value.GetValue<object>());
                Assert.True(want.GetType() == got.GetType() && want.Equals(got) && expected.ToJsonString() == value.ToJsonString(),
                    $"{where}: expected {want.GetType().Name} {expected.ToJsonString()}, got {got.GetType().Name} {value.ToJsonString()}");
                break;
        }
    }
}
