using System.Collections.Frozen;
using DocsGen.Markdown.Highlighting.Lexers;

namespace DocsGen.Markdown.Highlighting;

/// <summary>Maps fence info strings (any alias, any case) to a canonical name and its lexer.</summary>
internal static class LanguageRegistry
{
    private static readonly (string Canonical, ILexer Lexer, string Aliases)[] Languages =
    [
        ("bash", BashLexer.Instance, "bash sh shell zsh curl ksh"),
        // A session is bash with prompts and output lines.
        ("bash", ConsoleLexer.Instance, "console shell-session shellsession terminal"),
        ("json", JsonLexer.Instance, "json jsonc json5 jsonl ndjson"),
        ("yaml", YamlLexer.Instance, "yaml yml"),
        ("http", HttpLexer.Instance, "http https"),
        ("javascript", new CFamilyLexer(CFamilyLanguages.JavaScript), "javascript js jsx mjs cjs node"),
        ("typescript", new CFamilyLexer(CFamilyLanguages.TypeScript), "typescript ts tsx mts cts"),
        ("python", PythonLexer.Instance, "python py python3 py3"),
        ("csharp", new CFamilyLexer(CFamilyLanguages.CSharp), "csharp cs c# dotnet"),
        ("go", new CFamilyLexer(CFamilyLanguages.Go), "go golang"),
        ("java", new CFamilyLexer(CFamilyLanguages.Java), "java"),
        ("html", MarkupLexer.Instance, "html htm xhtml"),
        ("xml", MarkupLexer.Instance, "xml svg xsd xsl xslt wsdl plist"),
    ];

    private static readonly FrozenDictionary<string, (string Canonical, ILexer Lexer)> ByAlias = Languages
        .SelectMany(l => l.Aliases.Split(' ').Select(alias => KeyValuePair.Create(alias, (l.Canonical, l.Lexer))))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Canonical, ILexer Lexer)>.AlternateLookup<ReadOnlySpan<char>> ByAliasSpan =
        ByAlias.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryFind(string? language, out string canonical, out ILexer lexer)
    {
        if (language is not null && ByAliasSpan.TryGetValue(AliasPart(language), out var entry))
        {
            (canonical, lexer) = entry;
            return true;
        }

        canonical = string.Empty;
        lexer = null!;
        return false;
    }

    /// <summary>
    /// Fence info strings carry more than a language: <c>json title="x"</c>, <c>json,ignore</c>,
    /// <c>{.json}</c>, <c>language-json</c>. Only the language part is looked up.
    /// </summary>
    private static ReadOnlySpan<char> AliasPart(string language)
    {
        var span = language.AsSpan().Trim().TrimStart("{.");
        var end = span.IndexOfAny(" \t,{}");
        span = end < 0 ? span : span[..end];
        return span.StartsWith("language-", StringComparison.OrdinalIgnoreCase) ? span["language-".Length..] : span;
    }
}
