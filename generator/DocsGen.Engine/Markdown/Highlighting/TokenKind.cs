namespace DocsGen.Markdown.Highlighting;

/// <summary>The token classes the theme styles; each maps to one <c>tok-*</c> CSS class.</summary>
internal enum TokenKind
{
    Keyword,
    String,
    Number,
    Comment,
    Key,
    Function,
    Operator,
    Punctuation,
    Variable,
    Type,
    Literal,
    Attribute,
    Tag,
    Meta,
}

internal static class TokenKindNames
{
    // Indexed by TokenKind; the theme's CSS depends on these exact strings.
    private static readonly string[] OpenTags =
    [
        "<span class=\"tok-kw\">",
        "<span class=\"tok-str\">",
        "<span class=\"tok-num\">",
        "<span class=\"tok-com\">",
        "<span class=\"tok-key\">",
        "<span class=\"tok-fn\">",
        "<span class=\"tok-op\">",
        "<span class=\"tok-punct\">",
        "<span class=\"tok-var\">",
        "<span class=\"tok-type\">",
        "<span class=\"tok-lit\">",
        "<span class=\"tok-attr\">",
        "<span class=\"tok-tag\">",
        "<span class=\"tok-meta\">",
    ];

    public static string OpenTag(TokenKind kind) => OpenTags[(int)kind];
}
