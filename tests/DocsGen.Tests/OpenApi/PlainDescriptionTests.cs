using DocsGen.Markdown;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A description of plain prose skips Markdig (<see cref="UntrustedMarkdown.PlainParagraph"/>); its HTML must be
/// exactly Markdig's. Checked on every string of every spec in the shared corpus, and on texts built to sit just
/// past the fast path's rules, where it must decline or still agree.
/// </summary>
public sealed class PlainDescriptionTests
{
    [Fact]
    public void Every_string_of_the_corpus_that_takes_the_fast_path_renders_as_markdig_renders_it()
    {
        var strings = CorpusStrings.All();
        var plain = 0;
        foreach (var text in strings)
        {
            if (UntrustedMarkdown.PlainParagraph(text) is { } fast)
            {
                plain++;
                Assert.Equal(UntrustedMarkdown.MarkdigHtml(text), fast);
            }
        }

        // The fast path must carry its weight: most short descriptions are plain prose.
        Assert.True(plain > strings.Count / 4, $"Only {plain} of {strings.Count} distinct strings took the fast path.");
    }

    [Theory]
    [InlineData("A plain sentence, with \"quotes\", 'apostrophes', (parentheses), {braces}; colons: and 100% more?")]
    [InlineData("First line\nsecond line\nthird line")]
    [InlineData("Ends with line feeds\n\n")]
    [InlineData("Two paragraphs.\n\nThe second one.")]
    [InlineData("a. lettered list")]
    [InlineData("B) lettered list")]
    [InlineData("iv. roman list")]
    [InlineData("1. numbered list")]
    [InlineData("12) numbered list")]
    [InlineData("1.5 meters is fine text")]
    [InlineData("Etc. and so on")]
    [InlineData("Hard break  \nnext")]
    [InlineData("Indented\n    continuation")]
    [InlineData("Heading\n=======")]
    [InlineData("Heading\n---")]
    [InlineData("See www.example.com for more")]
    [InlineData("See https://example.com for more")]
    [InlineData("Write to mailto:someone")]
    [InlineData("Tab\tinside")]
    [InlineData("No\u00a0break space")]
    [InlineData("Control \u0001 character")]
    [InlineData("Unicode: caf\u00e9, \u65e5\u672c, \U0001F600 and \u2013 dashes")]
    [InlineData("x")]
    [InlineData("Text with trailing space ")]
    [InlineData("Carriage\r\nreturn")]
    [InlineData("H~2~O and x^2^ and ++ins++ and ==mark==")]
    [InlineData("Pipe | table")]
    [InlineData("Footnote[^1]")]
    [InlineData("5 * 3 and 2 _ 4")]
    [InlineData("Tom & Jerry")]
    public void A_text_at_the_edge_of_the_rules_is_declined_or_rendered_as_markdig_renders_it(string text)
    {
        if (UntrustedMarkdown.PlainParagraph(text) is { } fast)
        {
            Assert.Equal(UntrustedMarkdown.MarkdigHtml(text), fast);
        }
    }

    [Theory]
    [InlineData("The ID of the repository.", "<p>The ID of the repository.</p>")]
    [InlineData("Use \"all\" to list\nevery item.\n", "<p>Use &quot;all&quot; to list\nevery item.</p>")]
    public void Plain_prose_takes_the_fast_path(string text, string html)
    {
        Assert.Equal(html, UntrustedMarkdown.PlainParagraph(text));
        Assert.Equal(html, UntrustedMarkdown.ToHtml(text));
    }
}
