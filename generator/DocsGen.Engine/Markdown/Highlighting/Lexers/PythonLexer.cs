using System.Buffers;

namespace DocsGen.Markdown.Highlighting.Lexers;

internal sealed class PythonLexer : ILexer
{
    private static readonly SearchValues<char> OperatorChars = SearchValues.Create("+-*/%=&|^!<>~:@");
    private static readonly SearchValues<char> PunctuationChars = SearchValues.Create("(){}[];,.");

    private static readonly WordSet Keywords = new(
        "and as assert async await break case class continue def del elif else except finally for from global " +
        "if import in is lambda match nonlocal not or pass raise return try while with yield");

    private static readonly WordSet Literals = new("True False None Ellipsis NotImplemented");

    private static readonly WordSet Types = new(
        "bool bytearray bytes complex dict float frozenset int list object set str tuple type");

    public static PythonLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        var afterDef = false;
        var afterClass = false;

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

            if (c == '#')
            {
                s.SkipToLineEnd();
                kind = TokenKind.Comment;
            }
            else if (TryScanString(s, w))
            {
                afterDef = afterClass = false;
                continue;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(s.Peek())))
            {
                s.ScanNumber();
                kind = TokenKind.Number;
            }
            else if (c == '@' && s.IsFirstOnLine() && Scanner.IsIdentifierStart(s.Peek()))
            {
                // Elsewhere '@' is matrix multiplication.
                s.Pos++;
                s.SkipWhile(static ch => Scanner.IsIdentifierPart(ch) || ch == '.');
                kind = TokenKind.Attribute;
            }
            else if (Scanner.IsIdentifierStart(c))
            {
                s.SkipWhile(Scanner.IsIdentifierPart);
                var word = s.Slice(start, s.Pos);
                kind = Keywords.Contains(word) ? TokenKind.Keyword
                    : Literals.Contains(word) ? TokenKind.Literal
                    : afterClass ? TokenKind.Type
                    : afterDef || s.Current == '(' ? TokenKind.Function
                    : Types.Contains(word) || CFamilyLexer.IsPascalCase(word) ? TokenKind.Type
                    : null;
                afterDef = word is "def";
                afterClass = word is "class";
                if (kind is { } k)
                {
                    w.Token(k, start, s.Pos);
                }

                continue;
            }
            else if (OperatorChars.Contains(c))
            {
                s.Pos++;
                s.SkipWhile(static ch => OperatorChars.Contains(ch));
                kind = TokenKind.Operator;
            }
            else if (PunctuationChars.Contains(c))
            {
                s.Pos++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                s.Pos++;
            }

            afterDef = afterClass = false;
            if (kind is { } token)
            {
                w.Token(token, start, s.Pos);
            }
        }
    }

    /// <summary>Strings with any of the prefixes r, b, u, f (and pairs such as rb or fr), single or triple quoted.</summary>
    private static bool TryScanString(Scanner s, HighlightWriter w)
    {
        var start = s.Pos;
        var i = s.Pos;
        var formatted = false;
        while (i < s.End && i - start < 2 && s.Text[i] is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F')
        {
            formatted |= s.Text[i] is 'f' or 'F';
            i++;
        }

        if (i >= s.End || s.Text[i] is not ('"' or '\''))
        {
            return false;
        }

        var quote = s.Text[i];
        var close = quote == '"' ? "\"" : "'";
        var triple = s.Matches(i, quote == '"' ? "\"\"\"" : "'''");
        if (triple)
        {
            close = quote == '"' ? "\"\"\"" : "'''";
        }

        s.Pos = i + close.Length;
        // Raw strings need no special case: a backslash still keeps the next quote from closing
        // them, so the escape rule finds the same end; only the meaning differs.
        StringLexer.Scan(s, w, start, new StringShape(close, SingleLine: !triple,
            Holes: formatted ? HoleStyle.Brace : HoleStyle.None));
        return true;
    }
}
