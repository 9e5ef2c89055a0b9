namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>
/// HTTP messages as API docs show them: a request or status line, headers, a blank line and a
/// body, possibly followed by more messages (a request and its response in one block). A body is
/// coloured as JSON or markup when its Content-Type or first character says so.
/// </summary>
internal sealed class HttpLexer : ILexer
{
    private static readonly WordSet Methods = new("GET POST PUT PATCH DELETE HEAD OPTIONS TRACE CONNECT QUERY");

    public static HttpLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        while (!s.AtEnd)
        {
            var before = s.Pos;
            LexMessage(s, w);
            if (s.Pos == before)
            {
                s.Pos++;
            }
        }
    }

    private static void LexMessage(Scanner s, HighlightWriter w)
    {
        s.SkipWhitespace();
        if (s.AtEnd)
        {
            return;
        }

        if (LexStartLine(s, w))
        {
            SkipNewline(s);
        }

        var bodyLexer = LexHeaders(s, w);
        var bodyEnd = FindNextStartLine(s);
        if (bodyLexer is null)
        {
            var first = s.Pos;
            while (first < bodyEnd && char.IsWhiteSpace(s.Text[first]))
            {
                first++;
            }

            bodyLexer = first >= bodyEnd ? null
                : s.Text[first] is '{' or '[' ? JsonLexer.Instance
                : s.Text[first] == '<' ? MarkupLexer.Instance
                : null;
        }

        bodyLexer?.Lex(new Scanner(s.Text, s.Pos, bodyEnd), w);
        s.Pos = bodyEnd;
    }

    /// <summary>Headers up to the blank line; returns the body's lexer when Content-Type names one.</summary>
    private static ILexer? LexHeaders(Scanner s, HighlightWriter w)
    {
        ILexer? bodyLexer = null;
        while (!s.AtEnd)
        {
            var lineEnd = s.LineEnd(s.Pos);
            if (s.Slice(s.Pos, lineEnd).IsWhiteSpace())
            {
                s.Pos = lineEnd;
                SkipNewline(s);
                break;
            }

            var colon = s.Slice(s.Pos, lineEnd).IndexOf(':');
            if (colon <= 0 || !IsHeaderName(s.Slice(s.Pos, s.Pos + colon)) || IsStartLine(s, s.Pos))
            {
                break; // no blank line before the body, or the next message
            }

            var nameEnd = s.Pos + colon;
            w.Token(TokenKind.Key, s.Pos, nameEnd);
            w.Token(TokenKind.Punctuation, nameEnd, nameEnd + 1);
            var valueStart = nameEnd + 1;
            while (valueStart < lineEnd && s.Text[valueStart] is ' ' or '\t')
            {
                valueStart++;
            }

            var valueEnd = lineEnd;
            while (valueEnd > valueStart && char.IsWhiteSpace(s.Text[valueEnd - 1]))
            {
                valueEnd--;
            }

            w.Token(TokenKind.String, valueStart, valueEnd);
            if (s.Slice(s.Pos, nameEnd).Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                var value = s.Slice(valueStart, valueEnd);
                bodyLexer = value.Contains("json", StringComparison.OrdinalIgnoreCase) ? JsonLexer.Instance
                    : value.Contains("xml", StringComparison.OrdinalIgnoreCase) || value.Contains("html", StringComparison.OrdinalIgnoreCase) ? MarkupLexer.Instance
                    : null;
            }

            s.Pos = lineEnd;
            SkipNewline(s);
        }

        return bodyLexer;
    }

    private static bool LexStartLine(Scanner s, HighlightWriter w)
    {
        var lineEnd = s.LineEnd(s.Pos);
        if (!IsStartLine(s, s.Pos))
        {
            return false;
        }

        var wordEnd = WordEnd(s, s.Pos, lineEnd);
        if (s.Matches("HTTP/"))
        {
            w.Token(TokenKind.Meta, s.Pos, wordEnd);
            var codeStart = SkipBlanks(s, wordEnd, lineEnd);
            w.Token(TokenKind.Number, codeStart, WordEnd(s, codeStart, lineEnd));
        }
        else
        {
            w.Token(TokenKind.Meta, s.Pos, wordEnd);
            var targetStart = SkipBlanks(s, wordEnd, lineEnd);
            var targetEnd = WordEnd(s, targetStart, lineEnd);
            w.Token(TokenKind.String, targetStart, targetEnd);
            var versionStart = SkipBlanks(s, targetEnd, lineEnd);
            w.Token(TokenKind.Meta, versionStart, WordEnd(s, versionStart, lineEnd));
        }

        s.Pos = lineEnd;
        return true;
    }

    private static bool IsStartLine(Scanner s, int lineStart)
    {
        if (s.Matches(lineStart, "HTTP/"))
        {
            return true;
        }

        var lineEnd = s.LineEnd(lineStart);
        var wordEnd = WordEnd(s, lineStart, lineEnd);
        return wordEnd < lineEnd && s.Text[wordEnd] == ' ' && Methods.Contains(s.Slice(lineStart, wordEnd));
    }

    private static int FindNextStartLine(Scanner s)
    {
        for (var line = s.Pos; line < s.End; line = s.LineEnd(line) + 1)
        {
            if (line > s.Pos && IsStartLine(s, line))
            {
                return line;
            }
        }

        return s.End;
    }

    private static bool IsHeaderName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '^' or '`' or '|' or '~'))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordEnd(Scanner s, int from, int lineEnd)
    {
        while (from < lineEnd && !char.IsWhiteSpace(s.Text[from]))
        {
            from++;
        }

        return from;
    }

    private static int SkipBlanks(Scanner s, int from, int lineEnd)
    {
        while (from < lineEnd && s.Text[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    private static void SkipNewline(Scanner s)
    {
        if (!s.AtEnd && s.Current == '\n')
        {
            s.Pos++;
        }
    }
}
