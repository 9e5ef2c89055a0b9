using DocsGen.Markdown.Highlighting;

namespace DocsGen.Tests.Highlighting;

/// <summary>
/// The promises every language keeps on every input: the output is the input, escaped, with flat
/// spans of known classes around tokens; nothing is lost, nothing leaks as markup, nothing throws.
/// </summary>
public sealed class HighlightContractTests
{
    private static readonly string[] Languages =
        ["bash", "console", "json", "yaml", "http", "javascript", "typescript", "python", "csharp", "go", "java", "html", "xml"];

    public static IEnumerable<object[]> FixtureLanguages() => HighlightFixtures.LanguageNames();

    [Theory]
    [MemberData(nameof(FixtureLanguages))]
    public void Every_lexer_round_trips_every_fixture(string fixture)
    {
        var code = HighlightFixtures.Read(fixture);
        foreach (var language in Languages)
        {
            var violation = HighlightedHtml.ContractViolation(code, SyntaxHighlighter.Highlight(code, language));
            Assert.True(violation is null, $"{fixture}.snippet as {language}: {violation}");
        }
    }

    [Theory]
    [MemberData(nameof(FixtureLanguages))]
    public void Every_prefix_of_a_fixture_round_trips_so_unterminated_constructs_are_safe(string fixture)
    {
        var code = HighlightFixtures.Read(fixture);
        for (var length = 0; length <= code.Length; length++)
        {
            var prefix = code[..length];
            var violation = HighlightedHtml.ContractViolation(prefix, SyntaxHighlighter.Highlight(prefix, fixture));
            Assert.True(violation is null, $"{fixture}.snippet cut at {length}: {violation}");
        }
    }

    [Theory]
    [MemberData(nameof(FixtureLanguages))]
    public void Fixtures_are_coloured_in_their_own_language(string fixture)
    {
        var html = SyntaxHighlighter.Highlight(HighlightFixtures.Read(fixture), fixture);

        Assert.True(HighlightedHtml.Tokens(html).Count >= 10, $"{fixture}: only {HighlightedHtml.Tokens(html).Count} tokens");
    }

    [Fact]
    public void Corpus_code_blocks_round_trip_in_their_fence_language()
    {
        var failures = CorpusCodeBlocks.All
            .Select(b => (b, Violation: HighlightedHtml.ContractViolation(b.Code, SyntaxHighlighter.Highlight(b.Code, b.Info))))
            .Where(x => x.Violation is not null)
            .Select(x => $"{x.b.Location} ({x.b.Info}): {x.Violation}")
            .ToList();

        Assert.True(CorpusCodeBlocks.All.Count > 1000, $"only {CorpusCodeBlocks.All.Count} corpus blocks found");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Corpus_code_blocks_round_trip_through_every_lexer_whatever_their_language()
    {
        // Rust, Go templates or TOML through the YAML or bash lexer: wrong colours are fine,
        // lost characters or broken markup are not.
        var failures = new List<string>();
        foreach (var block in CorpusCodeBlocks.All)
        {
            foreach (var language in Languages)
            {
                var violation = HighlightedHtml.ContractViolation(block.Code, SyntaxHighlighter.Highlight(block.Code, language));
                if (violation is not null)
                {
                    failures.Add($"{block.Location} ({block.Info}) as {language}: {violation}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("brainfuck")]
    [InlineData("json")]
    [InlineData("bash")]
    [InlineData("html")]
    [InlineData("javascript")]
    public void Hostile_input_comes_out_escaped(string? language)
    {
        const string code = "</code><script>alert(1)</script>";

        var html = SyntaxHighlighter.Highlight(code, language);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</code", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;", HighlightedHtml.WithoutSpans(html));
        Assert.Null(HighlightedHtml.ContractViolation(code, html));
    }

    [Fact]
    public void Unknown_or_missing_language_gives_escaped_text_without_spans()
    {
        const string code = "fn main() { println!(\"<&'>\"); }";

        Assert.Equal("fn main() { println!(\"&lt;&amp;'&gt;\"); }", SyntaxHighlighter.Highlight(code, "rust-unknown"));
        Assert.Equal(SyntaxHighlighter.Highlight(code, "rust-unknown"), SyntaxHighlighter.Highlight(code, null));
    }

    [Theory]
    [MemberData(nameof(FixtureLanguages))]
    public void Same_input_gives_the_same_output(string fixture)
    {
        var code = HighlightFixtures.Read(fixture);

        Assert.Equal(SyntaxHighlighter.Highlight(code, fixture), SyntaxHighlighter.Highlight(code, fixture));
    }

    [Fact]
    public void Random_soup_of_syntax_characters_never_breaks_the_contract()
    {
        // A fixed seed keeps the test deterministic; the alphabet is every character that opens or
        // closes something in one of the languages.
        const string alphabet = "\"'`$@#{}[]()<>/\\*-|:=!?&;,. \n\t\rabcXYZ019_%~+^";
        var random = new Random(20240601);
        for (var sample = 0; sample < 3000; sample++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var code = new string(chars);
            foreach (var language in Languages)
            {
                var violation = HighlightedHtml.ContractViolation(code, SyntaxHighlighter.Highlight(code, language));
                Assert.True(violation is null, $"{language} on {System.Text.Json.JsonSerializer.Serialize(code)}: {violation}");
            }
        }
    }

    [Fact]
    public void Long_pathological_lines_are_handled_in_linear_time()
    {
        // Constructs that would make a naive lexer rescan the rest of the line for every character.
        string[] inputs = ["x = " + string.Concat(Enumerable.Repeat("/ ", 50_000)), new string('"', 100_000),
            string.Concat(Enumerable.Repeat("${", 50_000)), string.Concat(Enumerable.Repeat("a: ", 50_000)),
            string.Concat(Enumerable.Repeat("<a ", 50_000)), new string('\\', 100_000), string.Concat(Enumerable.Repeat("{{", 50_000))];
        foreach (var code in inputs)
        {
            foreach (var language in Languages)
            {
                Assert.Null(HighlightedHtml.ContractViolation(code, SyntaxHighlighter.Highlight(code, language)));
            }
        }
    }
}
