using DocsGen.Search;

namespace DocsGen.Tests.Search;

public sealed class HtmlSectionsTests
{
    private const string Html = """
        <p>Intro with <code>code</code> &amp; an entity.</p>
        <h2 id="api-keys">API keys<a class="anchor" href="#api-keys" aria-hidden="true" tabindex="-1">#</a></h2>
        <p>Create a key.</p>
        <pre class="code"><code>curl secret_value</code></pre>
        <h3 id="rotating">Rotating<a class="anchor" href="#rotating" aria-hidden="true" tabindex="-1">#</a></h3>
        <ul><li>one</li><li>two</li></ul>
        <h4 id="deep">Deep</h4><p>Still rotating.</p>
        """;

    [Fact]
    public void Splits_at_h2_and_h3_with_their_ids_and_keeps_deeper_headings_as_text()
    {
        var sections = HtmlSections.Split(Html);
        Assert.Equal([(0, null), (2, "api-keys"), (3, "rotating")], sections.Select(s => (s.Level, s.Id)).ToArray());
        Assert.Equal("Intro with code & an entity.", sections[0].Text);
        Assert.Equal("API keys", sections[1].Heading);
        Assert.Equal("one two Deep Still rotating.", sections[2].Text);
    }

    [Fact]
    public void Leaves_out_code_blocks_and_the_heading_self_links()
    {
        var sections = HtmlSections.Split(Html);
        Assert.DoesNotContain(sections, s => s.Text.Contains("secret_value", StringComparison.Ordinal));
        Assert.DoesNotContain(sections, s => s.Heading.Contains('#'));
        Assert.Equal("Create a key.", sections[1].Text);
    }

    [Fact]
    public void Tag_names_are_read_in_any_case_and_other_or_longer_names_are_passed_over()
    {
        var sections = HtmlSections.Split(
            "<P>One</P><PRE>hidden</PRE><Custom-Element>two</Custom-Element><Blockquote>three</Blockquote><somethinglonger>four</somethinglonger>"
            + "<H2 id=\"x\">X</H2><p>five</p>");
        Assert.Equal([(0, null), (2, "x")], sections.Select(s => (s.Level, s.Id)).ToArray());
        // Block tags end words; any other tag (custom, somethinglonger) adds no space.
        Assert.Equal("One two three four", sections[0].Text);
        Assert.Equal(("X", "five"), (sections[1].Heading, sections[1].Text));
    }

    [Fact]
    public void First_paragraph_is_the_text_of_the_first_p_before_any_h2()
    {
        Assert.Equal("Intro with code & an entity.", HtmlSections.FirstParagraph(Html));
        Assert.Null(HtmlSections.FirstParagraph("<h2 id=\"a\">A</h2><p>Later.</p>"));
    }

    [Fact]
    public void Shortening_cuts_at_a_word_and_marks_the_cut()
    {
        Assert.Equal("one two…", HtmlSections.Shorten("one two three four", 12));
        Assert.Equal("short", HtmlSections.Shorten("short", 12));
    }
}
