using DocsGen.Markdown.Highlighting;
using DocsGen.Rendering;

namespace DocsGen.Tests.Rendering;

/// <summary>The template's <c>highlight</c> colours each (text, language) once per build and gives what the highlighter gives.</summary>
public sealed class HighlightMemoTests
{
    [Fact]
    public void The_same_example_shown_again_is_the_same_html_coloured_once()
    {
        var memo = new HighlightMemo();
        const string Example = "{\n  \"id\": \"pod-1\",\n  \"replicas\": 3,\n  \"ready\": true\n}";

        var first = memo.Highlight(Example, "json");
        var again = memo.Highlight(new string(Example.AsSpan()), "json");

        Assert.Equal(SyntaxHighlighter.Highlight(Example, "json"), first);
        Assert.Same(first, again);
        Assert.Contains("<span", first, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_is_part_of_what_is_remembered_and_long_code_is_escaped_uncoloured()
    {
        var memo = new HighlightMemo();
        const string Code = "{\"a\": \"<b>\"}";
        var longCode = "[" + string.Join(",\n", Enumerable.Repeat("\"<x>\"", PageGlobals.MaxHighlightedChars / 5)) + "]";

        Assert.Equal(SyntaxHighlighter.Highlight(Code, "json"), memo.Highlight(Code, "json"));
        Assert.Equal(SyntaxHighlighter.Highlight(Code, null), memo.Highlight(Code, null));
        Assert.NotEqual(memo.Highlight(Code, "json"), memo.Highlight(Code, null));
        Assert.Equal(SyntaxHighlighter.Highlight(longCode, null), memo.Highlight(longCode, "json"));
        Assert.DoesNotContain("<x>", memo.Highlight(longCode, "json"), StringComparison.Ordinal);
        Assert.Equal("", memo.Highlight(null, "json"));
    }
}
