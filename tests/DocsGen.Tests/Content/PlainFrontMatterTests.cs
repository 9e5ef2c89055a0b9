using System.Text;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Content;

/// <summary>
/// Front matter read without YamlDotNet (<see cref="PlainFrontMatter"/>) is what YamlDotNet reads, positions included,
/// for every block it takes; everything else is left to YamlDotNet.
/// </summary>
public sealed class PlainFrontMatterTests
{
    [Fact]
    public void A_generated_guide_front_matter_is_read_without_yamldotnet_and_as_yamldotnet_reads_it()
    {
        const string Block = "title: \"Page 668: Install parameter search\"\ndescription: \"Node event response schema token.\"\nweight: 668\ntags: [pipeline, version]\n";

        var plain = PlainFrontMatter.TryRead(Fence(Block), "page.md");

        Assert.NotNull(plain);
        Assert.Equal(Dump(ReadWithYamlDotNet(Block)), Dump(plain));
        Assert.Equal("title@page.md:2:1=\"Page 668: Install parameter search\"@page.md:2:8", Dump(plain).Split('\n')[1]);
    }

    [Theory]
    [InlineData("title: A title # a comment\n")]
    [InlineData("title: 'Single quoted'\n")]
    [InlineData("title: \"Escaped \\\" quote\"\n")]
    [InlineData("title: Café\n")]
    [InlineData("title: A\ntitle: B\n")]
    [InlineData("tags: [a, ]\n")]
    [InlineData("tags: [a,b c]\n")]
    [InlineData("title:A\n")]
    [InlineData("title: \n")]
    [InlineData("title: trailing \n")]
    [InlineData("  title: indented\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: -dash\n")]
    [InlineData("title: true\n# comment\n")]
    [InlineData("title:\n  nested: x\n")]
    [InlineData("tags:\n- a\n")]
    [InlineData("title: \"tab\there\"\n")]
    [InlineData("\n\n")]
    [InlineData("")]
    public void Anything_but_plain_key_value_lines_is_left_to_yamldotnet(string block) =>
        Assert.Null(PlainFrontMatter.TryRead(Fence(block), "page.md"));

    [Fact]
    public void Every_block_it_takes_reads_as_yamldotnet_reads_it()
    {
        // Lines made of the characters that matter to YAML, in every place: whatever the plain reader takes must be
        // YamlDotNet's table exactly (keys, texts, lists, file lines and columns), with no diagnostic.
        var random = new Random(1815);
        var taken = 0;
        for (var i = 0; i < 40_000; i++)
        {
            var block = new StringBuilder();
            var lines = random.Next(1, 4);
            for (var l = 0; l < lines; l++)
            {
                if (random.Next(8) == 0)
                {
                    block.Append('\n');
                    continue;
                }

                block.Append(Pick(random, ["title", "weight", "tags", "k_2", "description", "aliases"]));
                block.Append(Pick(random, [": ", ": ", ": ", ":  ", ":", " : "]));
                switch (random.Next(3))
                {
                    case 0:
                        block.Append(Chars(random));
                        break;
                    case 1:
                        block.Append('"').Append(Chars(random)).Append(Pick(random, ["\"", "\"", "\"", ""]));
                        break;
                    default:
                        block.Append('[');
                        var items = random.Next(0, 4);
                        for (var item = 0; item < items; item++)
                        {
                            block.Append(item == 0 ? "" : Pick(random, [", ", ", ", ",", " ,", ",  "])).Append(Chars(random));
                        }

                        block.Append(Pick(random, ["]", "]", "]", ", ]", ""]));
                        break;
                }

                block.Append(Pick(random, ["", "", "", "", " ", " #x", ":"]));
                block.Append('\n');
            }

            var text = block.ToString();
            if (PlainFrontMatter.TryRead(Fence(text), "page.md") is not { } plain)
            {
                continue;
            }

            taken++;
            var diagnostics = new DiagnosticBag();
            var expected = YamlFrontMatter.ReadWithYamlDotNet(Fence(text), "page.md", diagnostics);
            Assert.True(expected is not null && diagnostics.ToList().Count == 0, $"YamlDotNet refuses what the plain reader took:\n{text}");
            Assert.True(Dump(expected) == Dump(plain), $"Read differently:\n{text}\nYamlDotNet:\n{Dump(expected)}\nplain:\n{Dump(plain)}");
        }

        // Enough blocks taken that the comparison means something.
        Assert.True(taken > 2_000, $"only {taken} blocks taken");
    }

    [Fact]
    public void Front_matter_lines_keep_their_file_lines_after_blank_lines() =>
        Assert.Equal(Dump(ReadWithYamlDotNet("\nweight: 3\n\ntags: [a,b]\n")), Dump(PlainFrontMatter.TryRead(Fence("\nweight: 3\n\ntags: [a,b]\n"), "page.md")!));

    /// <summary>Letters and digits, now and then one of the characters that mean something to YAML.</summary>
    private static string Chars(Random random)
    {
        const string Tricky = " :#-[],{}\"'!?&*|>%@`.,_/()+\\\t~é";
        const string Word = "aZ09";
        var chars = new char[random.Next(0, 7)];
        for (var c = 0; c < chars.Length; c++)
        {
            var pool = random.Next(8) == 0 ? Tricky : Word;
            chars[c] = pool[random.Next(pool.Length)];
        }

        return new string(chars);
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static FrontMatterFence Fence(string block) => FrontMatterFence.Find($"---\n{block}---\nBody\n")!;

    private static FrontMatterTable ReadWithYamlDotNet(string block)
    {
        var diagnostics = new DiagnosticBag();
        var table = YamlFrontMatter.ReadWithYamlDotNet(Fence(block), "page.md", diagnostics);
        Assert.Empty(diagnostics.ToList());
        return table!;
    }

    private static string Dump(FrontMatterValue value) => value switch
    {
        FrontMatterTable table => $"table@{At(table.At)}\n" + string.Join('\n', table.Entries.Select(e => $"{e.Key}@{At(e.KeyAt)}={Dump(e.Value)}")),
        FrontMatterList list => $"[{string.Join(", ", list.Items.Select(Dump))}]@{At(list.At)}",
        FrontMatterScalar scalar => $"\"{scalar.Text}\"@{At(scalar.At)}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string At(SourceLocation at) => $"{at.File}:{at.Line}:{at.Column}";
}
