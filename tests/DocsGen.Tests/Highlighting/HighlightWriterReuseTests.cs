using DocsGen.Markdown.Highlighting;

namespace DocsGen.Tests.Highlighting;

/// <summary>
/// Each thread reuses one builder from block to block (<see cref="HighlightWriter"/>): a block's HTML never carries
/// anything of the block before it, whatever their sizes, and is what the same block gives on its own.
/// </summary>
public sealed class HighlightWriterReuseTests
{
    [Fact]
    public void A_block_highlighted_after_others_gives_what_it_gives_first()
    {
        var huge = string.Concat(Enumerable.Repeat("var x = \"<tag>\" & y; // comment\n", 5_000));
        (string Code, string Language)[] blocks =
        [
            ("var client = new ApiClient(\"https://api.example.com\");\nConsole.WriteLine(result.Status);\n", "csharp"),
            ("x", "csharp"),
            (huge, "csharp"),
            ("{\"a\": [1, 2, \"<b>\"]}", "json"),
            ("", "csharp"),
            ("plain <text> & more", "no-such-language"),
        ];
        var first = blocks.Select(b => SyntaxHighlighter.Highlight(b.Code, b.Language)).ToList();

        for (var round = 0; round < 3; round++)
        {
            foreach (var i in (int[])[5, 2, 1, 0, 4, 3, 0, 1])
            {
                Assert.Equal(first[i], SyntaxHighlighter.Highlight(blocks[i].Code, blocks[i].Language));
            }
        }

        // The second block's text alone, though the first went through the same builder before it.
        Assert.Equal("x", System.Text.RegularExpressions.Regex.Replace(first[1], "<[^>]+>", ""));
    }
}
