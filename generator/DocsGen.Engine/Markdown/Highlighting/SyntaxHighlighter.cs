namespace DocsGen.Markdown.Highlighting;

/// <summary>
/// Server-side syntax highlighting for fenced code blocks, so pages show coloured code without
/// JavaScript. Output is the inside of a <c>&lt;code&gt;</c> element: every input character
/// HTML-escaped, tokens wrapped in <c>&lt;span class="tok-..."&gt;</c> (never nested).
/// </summary>
public static class SyntaxHighlighter
{
    /// <summary>Returns HTML for the inside of <c>&lt;code&gt;</c>. Unknown or null language:
    /// escaped text, no spans. Never throws.</summary>
    public static string Highlight(string code, string? language)
    {
        code ??= string.Empty;
        if (!LanguageRegistry.TryFind(language, out _, out var lexer))
        {
            return HighlightWriter.Escape(code);
        }

        try
        {
            var writer = new HighlightWriter(code);
            lexer.Lex(new Scanner(code, 0, code.Length), writer);
            return writer.Finish();
        }
        catch (Exception)
        {
            // Colour is cosmetic: a lexer bug must cost the colours of one block, not the build.
            return HighlightWriter.Escape(code);
        }
    }

    /// <summary>True when <paramref name="language"/> (any alias, case-insensitive) has a lexer.</summary>
    public static bool Supports(string? language) => LanguageRegistry.TryFind(language, out _, out _);

    /// <summary>Canonical name for an alias ("sh" -> "bash", "cs" -> "csharp", "ts" -> "typescript"...), or null.</summary>
    public static string? Normalize(string? language) =>
        LanguageRegistry.TryFind(language, out var canonical, out _) ? canonical : null;
}
