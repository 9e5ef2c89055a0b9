namespace DocsGen.Markdown.Highlighting;

/// <summary>
/// Scans a string literal whose opening delimiter has been consumed. The string's text is
/// reported as <see cref="TokenKind.String"/> and each interpolation hole as
/// <see cref="TokenKind.Variable"/>, side by side so spans never nest.
/// </summary>
internal static class StringLexer
{
    public static void Scan(Scanner s, HighlightWriter w, int tokenStart, StringShape shape)
    {
        var segmentStart = tokenStart;
        while (!s.AtEnd)
        {
            var c = s.Current;
            if (s.Matches(shape.Close))
            {
                if (shape.DoubledCloseEscapes && s.Matches(s.Pos + shape.Close.Length, shape.Close))
                {
                    s.Pos += shape.Close.Length * 2;
                    continue;
                }

                s.Pos += shape.Close.Length;
                break;
            }

            if (c == '\n' && shape.SingleLine)
            {
                break;
            }

            if (c == '\\' && shape.BackslashEscapes)
            {
                s.Pos += s.Peek() == '\n' && shape.SingleLine ? 1 : 2;
                continue;
            }

            var holeStart = FindHoleStart(s, shape);
            if (holeStart < 0)
            {
                continue;
            }

            w.Token(TokenKind.String, segmentStart, holeStart);
            ScanHole(s, shape.SingleLine, shape.Holes == HoleStyle.RawBraces ? shape.HoleBraces : 1);
            w.Token(TokenKind.Variable, holeStart, s.Pos);
            segmentStart = s.Pos;
        }

        s.Pos = Math.Min(s.Pos, s.End);
        w.Token(TokenKind.String, segmentStart, s.Pos);
    }

    /// <summary>Returns where a hole starts and leaves the scanner just inside it; otherwise
    /// returns -1 having consumed at least one character of string text.</summary>
    private static int FindHoleStart(Scanner s, StringShape shape)
    {
        switch (shape.Holes)
        {
            case HoleStyle.DollarBrace when s.Current == '$' && s.Peek() == '{':
                s.Pos += 2;
                return s.Pos - 2;
            case HoleStyle.Brace or HoleStyle.RawBraces when s.Current == '{':
                var run = 0;
                while (s.Peek(run) == '{')
                {
                    run++;
                }

                var opens = shape.Holes == HoleStyle.Brace ? run % 2 == 1 : run >= shape.HoleBraces;
                var openerLength = shape.Holes == HoleStyle.Brace ? 1 : shape.HoleBraces;
                s.Pos += run;
                return opens ? s.Pos - openerLength : -1;
            default:
                s.Pos++;
                return -1;
        }
    }

    /// <summary>Skips to just after the braces that close the hole, counting nested braces.</summary>
    private static void ScanHole(Scanner s, bool singleLine, int closingBraces)
    {
        var depth = 1;
        while (!s.AtEnd)
        {
            var c = s.Current;
            if (c == '\n' && singleLine)
            {
                return;
            }

            s.Pos++;
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                for (var extra = 1; extra < closingBraces && s.Current == '}' && !s.AtEnd; extra++)
                {
                    s.Pos++;
                }

                return;
            }
        }
    }
}
