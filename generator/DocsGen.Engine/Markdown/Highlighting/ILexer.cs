namespace DocsGen.Markdown.Highlighting;

/// <summary>
/// Reports the tokens of one language between <see cref="Scanner.Pos"/> and <see cref="Scanner.End"/>.
/// Implementations are stateless singletons; they must always make progress and never throw.
/// </summary>
internal interface ILexer
{
    void Lex(Scanner scanner, HighlightWriter writer);
}
