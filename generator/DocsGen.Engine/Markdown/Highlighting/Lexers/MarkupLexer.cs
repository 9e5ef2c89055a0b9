namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>HTML and XML: tags, attributes, values, comments, declarations, CDATA; a
/// <c>&lt;script&gt;</c> element's content is coloured as JavaScript.</summary>
internal sealed class MarkupLexer : ILexer
{
    private static readonly CFamilyLexer ScriptLexer = new(CFamilyLanguages.JavaScript);

    public static MarkupLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        while (!s.AtEnd)
        {
            var start = s.Pos;
            if (s.Current != '<')
            {
                var next = s.Slice(s.Pos, s.End).IndexOf('<');
                s.Pos = next < 0 ? s.End : s.Pos + next;
                continue;
            }

            if (s.Matches("<!--"))
            {
                s.SkipPast("-->");
                w.Token(TokenKind.Comment, start, s.Pos);
            }
            else if (s.Matches("<![CDATA["))
            {
                s.SkipPast("]]>");
                w.Token(TokenKind.String, start, s.Pos);
            }
            else if (s.Peek() is '!' or '?')
            {
                s.SkipPast(">");
                w.Token(TokenKind.Meta, start, s.Pos);
            }
            else if (char.IsLetter(s.Peek()) || (s.Peek() == '/' && char.IsLetter(s.Peek(2))))
            {
                LexTag(s, w);
            }
            else
            {
                s.Pos++;
            }
        }
    }

    private static void LexTag(Scanner s, HighlightWriter w)
    {
        var start = s.Pos;
        var closing = s.Peek() == '/';
        s.Pos += closing ? 2 : 1;
        w.Token(TokenKind.Punctuation, start, s.Pos);

        var nameStart = s.Pos;
        s.SkipWhile(static c => char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.');
        w.Token(TokenKind.Tag, nameStart, s.Pos);
        var isScript = !closing && s.Slice(nameStart, s.Pos).Equals("script", StringComparison.OrdinalIgnoreCase);

        while (!s.AtEnd)
        {
            var c = s.Current;
            var tokenStart = s.Pos;
            if (char.IsWhiteSpace(c))
            {
                s.Pos++;
            }
            else if (c == '>' || (c == '/' && s.Peek() == '>'))
            {
                s.Pos += c == '>' ? 1 : 2;
                w.Token(TokenKind.Punctuation, tokenStart, s.Pos);
                if (isScript && c == '>')
                {
                    LexScriptContent(s, w);
                }

                return;
            }
            else if (c == '=')
            {
                s.Pos++;
                w.Token(TokenKind.Operator, tokenStart, s.Pos);
                s.SkipWhitespace();
                tokenStart = s.Pos;
                if (s.Current is '"' or '\'' && !s.AtEnd)
                {
                    s.ScanQuoted(s.Current, escapes: false, singleLine: false);
                }
                else
                {
                    s.SkipWhile(static ch => !char.IsWhiteSpace(ch) && ch != '>');
                }

                w.Token(TokenKind.String, tokenStart, s.Pos);
            }
            else if (c == '<')
            {
                return; // an unclosed tag; let the next one start
            }
            else
            {
                s.SkipWhile(static ch => !char.IsWhiteSpace(ch) && ch is not ('=' or '>' or '<' or '/'));
                s.Pos = Math.Max(s.Pos, tokenStart + 1);
                w.Token(TokenKind.Attribute, tokenStart, s.Pos);
            }
        }
    }

    private static void LexScriptContent(Scanner s, HighlightWriter w)
    {
        var end = s.Slice(s.Pos, s.End).IndexOf("</script", StringComparison.OrdinalIgnoreCase);
        var contentEnd = end < 0 ? s.End : s.Pos + end;
        ScriptLexer.Lex(new Scanner(s.Text, s.Pos, contentEnd), w);
        s.Pos = contentEnd;
    }
}
