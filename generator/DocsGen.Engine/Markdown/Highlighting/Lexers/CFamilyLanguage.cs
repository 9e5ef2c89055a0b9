namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>What sets one brace-and-semicolon language apart from another for highlighting.</summary>
internal sealed record CFamilyLanguage
{
    public required WordSet Keywords { get; init; }

    public required WordSet Literals { get; init; }

    /// <summary>Built-in type names (int, string, bool...).</summary>
    public required WordSet Types { get; init; }

    /// <summary>Keywords after which the next identifier names a type (class, new, extends...).</summary>
    public required WordSet TypeIntroducers { get; init; }

    public bool DollarInIdentifiers { get; init; }

    /// <summary>JavaScript regex literals and template literals.</summary>
    public bool JavaScriptLiterals { get; init; }

    /// <summary>Go raw strings in backticks.</summary>
    public bool BacktickRawStrings { get; init; }

    /// <summary>C# verbatim, raw and interpolated strings.</summary>
    public bool CSharpStrings { get; init; }

    /// <summary>Java text blocks <c>"""..."""</c>.</summary>
    public bool TextBlocks { get; init; }

    /// <summary>A line starting with '#' is a preprocessor directive (C#).</summary>
    public bool Preprocessor { get; init; }

    /// <summary><c>@Name</c> is a decorator or annotation (Java, TypeScript, JavaScript).</summary>
    public bool Annotations { get; init; }

    /// <summary><c>[Name]</c> at the start of a line is an attribute (C#).</summary>
    public bool BracketAttributes { get; init; }

    /// <summary>Capitalised identifiers that are not members (<c>x.Foo</c>) are treated as types.</summary>
    public bool CapitalisedAreTypes { get; init; } = true;
}
