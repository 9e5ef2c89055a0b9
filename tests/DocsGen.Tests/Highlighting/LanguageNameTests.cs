using DocsGen.Markdown.Highlighting;

namespace DocsGen.Tests.Highlighting;

public sealed class LanguageNameTests
{
    [Theory]
    [InlineData("sh", "bash")]
    [InlineData("shell", "bash")]
    [InlineData("zsh", "bash")]
    [InlineData("curl", "bash")]
    [InlineData("console", "bash")]
    [InlineData("shell-session", "bash")]
    [InlineData("jsonc", "json")]
    [InlineData("json5", "json")]
    [InlineData("yml", "yaml")]
    [InlineData("js", "javascript")]
    [InlineData("jsx", "javascript")]
    [InlineData("mjs", "javascript")]
    [InlineData("ts", "typescript")]
    [InlineData("tsx", "typescript")]
    [InlineData("py", "python")]
    [InlineData("cs", "csharp")]
    [InlineData("c#", "csharp")]
    [InlineData("C#", "csharp")]
    [InlineData("golang", "go")]
    [InlineData("java", "java")]
    [InlineData("http", "http")]
    [InlineData("HTML", "html")]
    [InlineData("xml", "xml")]
    public void Aliases_normalize_to_the_canonical_name_whatever_their_case(string alias, string canonical)
    {
        Assert.Equal(canonical, SyntaxHighlighter.Normalize(alias));
        Assert.Equal(canonical, SyntaxHighlighter.Normalize(alias.ToUpperInvariant()));
        Assert.True(SyntaxHighlighter.Supports(alias));
    }

    [Theory]
    [InlineData("json title=\"Request\"", "json")]
    [InlineData("yaml,ignore", "yaml")]
    [InlineData("{.python}", "python")]
    [InlineData("language-ts", "typescript")]
    [InlineData("  Bash  ", "bash")]
    public void Info_string_decorations_around_the_language_are_ignored(string info, string canonical) =>
        Assert.Equal(canonical, SyntaxHighlighter.Normalize(info));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rust")]
    [InlineData("go-html-template")]
    [InlineData("text")]
    public void Unknown_languages_are_not_supported(string? language)
    {
        Assert.False(SyntaxHighlighter.Supports(language));
        Assert.Null(SyntaxHighlighter.Normalize(language));
    }
}
