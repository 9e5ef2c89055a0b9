namespace DocsGen.Markdown.Highlighting;

/// <summary>How holes open inside an interpolated string.</summary>
internal enum HoleStyle
{
    None,

    /// <summary><c>${expr}</c>: JavaScript template literals.</summary>
    DollarBrace,

    /// <summary><c>{expr}</c> with <c>{{</c> as a literal brace: C# <c>$"..."</c>, Python f-strings.</summary>
    Brace,

    /// <summary><c>{expr}</c> opened by as many braces as the string has <c>$</c> signs: C# <c>$$"""..."""</c>.</summary>
    RawBraces,
}

/// <summary>The rules of one kind of string literal, after its opening delimiter.</summary>
/// <param name="Close">The closing delimiter.</param>
/// <param name="BackslashEscapes">A backslash escapes the next character.</param>
/// <param name="DoubledCloseEscapes">Two closing quotes stand for one (C# verbatim strings).</param>
/// <param name="SingleLine">An unterminated string stops at the end of its line.</param>
/// <param name="Holes">How interpolation holes open.</param>
/// <param name="HoleBraces">For <see cref="HoleStyle.RawBraces"/>: braces needed to open a hole.</param>
internal readonly record struct StringShape(
    string Close,
    bool BackslashEscapes = true,
    bool DoubledCloseEscapes = false,
    bool SingleLine = true,
    HoleStyle Holes = HoleStyle.None,
    int HoleBraces = 1);
