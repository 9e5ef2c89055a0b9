namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>
/// JSON, leniently: also JSONC and JSON5 (comments, single quotes, unquoted keys, hex numbers,
/// Infinity/NaN), since documentation snippets often carry comments or "..." placeholders.
/// </summary>
internal sealed class JsonLexer : ILexer
{
    private static readonly WordSet Literals = new("true false null Infinity NaN undefined");

    public static JsonLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        while (!s.AtEnd)
        {
            var start = s.Pos;
            var c = s.Current;
            TokenKind? kind = null;

            if (char.IsWhiteSpace(c))
            {
                s.Pos++;
                continue;
            }

            if (c == '/' && s.Peek() == '/')
            {
                s.SkipToLineEnd();
                kind = TokenKind.Comment;
            }
            else if (c == '/' && s.Peek() == '*')
            {
                s.Pos += 2;
                s.SkipPast("*/");
                kind = TokenKind.Comment;
            }
            else if (c is '"' or '\'')
            {
                s.ScanQuoted(c, escapes: true, singleLine: true);
                kind = IsFollowedByColon(s) ? TokenKind.Key : TokenKind.String;
            }
            else if (StartsNumber(s))
            {
                if (c is '-' or '+')
                {
                    s.Pos++;
                }

                s.ScanNumber();
                kind = TokenKind.Number;
            }
            else if (Scanner.IsIdentifierStart(c) || c == '$')
            {
                s.SkipWhile(static ch => Scanner.IsIdentifierPart(ch) || ch is '$' or '-');
                kind = IsFollowedByColon(s) ? TokenKind.Key
                    : Literals.Contains(s.Slice(start, s.Pos)) ? TokenKind.Literal
                    : null;
            }
            else if (c is '{' or '}' or '[' or ']' or ',' or ':')
            {
                s.Pos++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                s.Pos++;
            }

            if (kind is { } k)
            {
                w.Token(k, start, s.Pos);
            }
        }
    }

    private static bool StartsNumber(Scanner s)
    {
        var sign = s.Current is '-' or '+' ? 1 : 0;
        return char.IsAsciiDigit(s.Peek(sign)) || (s.Peek(sign) == '.' && char.IsAsciiDigit(s.Peek(sign + 1)));
    }

    private static bool IsFollowedByColon(Scanner s)
    {
        var i = s.Pos;
        while (i < s.End && s.Text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i < s.End && s.Text[i] == ':';
    }
}
