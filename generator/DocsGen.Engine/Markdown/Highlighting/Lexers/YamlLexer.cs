namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>
/// YAML, one line at a time: keys, scalars (plain, quoted, block <c>|</c>/<c>&gt;</c>), comments,
/// anchors, aliases, tags and flow collections. Good enough to colour; not a validator.
/// </summary>
internal sealed class YamlLexer : ILexer
{
    private static readonly WordSet Literals = new("true false null yes no on off ~", ignoreCase: true);

    public static YamlLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        var flowDepth = 0;
        while (!s.AtEnd)
        {
            var lineIndent = Indent(s, s.Pos);
            var blockScalar = LexLine(s, w, ref flowDepth);
            if (blockScalar)
            {
                LexBlockScalarBody(s, w, lineIndent);
            }

            if (!s.AtEnd)
            {
                s.Pos++; // the newline
            }
        }
    }

    /// <summary>Lexes up to the end of the current line; returns true when the line opened a block scalar.</summary>
    private static bool LexLine(Scanner s, HighlightWriter w, ref int flowDepth)
    {
        var lineEnd = s.LineEnd(s.Pos);
        if (flowDepth == 0 && (s.Matches("---") || s.Matches("...")) && (s.Pos + 3 >= lineEnd || char.IsWhiteSpace(s.Text[s.Pos + 3])))
        {
            w.Token(TokenKind.Meta, s.Pos, s.Pos + 3);
            s.Pos += 3;
        }
        else if (flowDepth == 0 && s.Current == '%')
        {
            w.Token(TokenKind.Meta, s.Pos, lineEnd);
            s.Pos = lineEnd;
        }

        var expectKey = flowDepth == 0;
        var blockScalar = false;
        while (s.Pos < lineEnd)
        {
            var start = s.Pos;
            var c = s.Current;
            var next = s.Pos + 1 < lineEnd ? s.Text[s.Pos + 1] : ' ';

            if (c is ' ' or '\t' or '\r')
            {
                s.Pos++;
                continue;
            }

            if (c == '#' && (start == s.Start || char.IsWhiteSpace(s.Text[start - 1])))
            {
                w.Token(TokenKind.Comment, start, lineEnd);
                s.Pos = lineEnd;
            }
            else if (c is '-' or '?' && char.IsWhiteSpace(next) && flowDepth == 0)
            {
                w.Token(TokenKind.Punctuation, start, ++s.Pos);
                expectKey = true;
            }
            else if (c == ':' && (char.IsWhiteSpace(next) || (flowDepth > 0 && next is ',' or ']' or '}')))
            {
                w.Token(TokenKind.Punctuation, start, ++s.Pos);
                expectKey = false;
            }
            else if (c is '[' or '{' or ']' or '}' or ',')
            {
                flowDepth = c is '[' or '{' ? flowDepth + 1 : c == ',' ? flowDepth : Math.Max(0, flowDepth - 1);
                w.Token(TokenKind.Punctuation, start, ++s.Pos);
                expectKey = flowDepth > 0 && c is '{' or ',';
            }
            else if (c is '&' or '*' or '!' && !char.IsWhiteSpace(next))
            {
                var inFlow = flowDepth > 0;
                s.SkipWhile(ch => !char.IsWhiteSpace(ch) && (!inFlow || ch is not (',' or ']' or '}')));
                w.Token(c == '!' ? TokenKind.Type : TokenKind.Variable, start, s.Pos);
            }
            else if (c is '|' or '>' && !expectKey)
            {
                s.Pos++;
                s.SkipWhile(static ch => ch is '-' or '+' || char.IsAsciiDigit(ch));
                w.Token(TokenKind.Operator, start, s.Pos);
                blockScalar = flowDepth == 0;
            }
            else if (c is '"' or '\'')
            {
                // Quoted scalars may run over several lines.
                s.ScanQuoted(c, escapes: c == '"', singleLine: false);
                w.Token(IsKey(s, flowDepth, expectKey) ? TokenKind.Key : TokenKind.String, start, s.Pos);
                lineEnd = s.LineEnd(Math.Min(s.Pos, s.End));
            }
            else
            {
                ScanPlain(s, lineEnd, flowDepth);
                var end = s.Pos;
                while (end > start && s.Text[end - 1] is ' ' or '\t' or '\r')
                {
                    end--;
                }

                w.Token(ClassifyPlain(s, start, end, flowDepth, expectKey), start, end);
                s.Pos = Math.Max(s.Pos, start + 1);
            }
        }

        s.Pos = lineEnd;
        return blockScalar;
    }

    /// <summary>A plain scalar ends at ": ", " #", the line end, or (in flow style) at ",[]{}".</summary>
    private static void ScanPlain(Scanner s, int lineEnd, int flowDepth)
    {
        while (s.Pos < lineEnd)
        {
            var c = s.Text[s.Pos];
            var next = s.Pos + 1 < lineEnd ? s.Text[s.Pos + 1] : ' ';
            if ((c == ':' && (char.IsWhiteSpace(next) || (flowDepth > 0 && next is ',' or ']' or '}')))
                || (c == '#' && s.Pos > s.Start && char.IsWhiteSpace(s.Text[s.Pos - 1]))
                || (flowDepth > 0 && c is ',' or '[' or ']' or '{' or '}'))
            {
                return;
            }

            s.Pos++;
        }
    }

    private static TokenKind ClassifyPlain(Scanner s, int start, int end, int flowDepth, bool expectKey)
    {
        if (IsKey(s, flowDepth, expectKey))
        {
            return TokenKind.Key;
        }

        var text = s.Slice(start, end);
        return Literals.Contains(text) ? TokenKind.Literal
            : LooksNumeric(text) ? TokenKind.Number
            : TokenKind.String;
    }

    private static bool IsKey(Scanner s, int flowDepth, bool expectKey)
    {
        if (!expectKey)
        {
            return false;
        }

        var i = s.Pos;
        while (i < s.End && s.Text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= s.End || s.Text[i] != ':')
        {
            return false;
        }

        var next = i + 1 < s.End ? s.Text[i + 1] : ' ';
        return char.IsWhiteSpace(next) || (flowDepth > 0 && next is ',' or ']' or '}');
    }

    private static bool LooksNumeric(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            text = text[1..];
        }

        if (text is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        if (text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'o')
        {
            return text[2..].ContainsAnyExcept("0123456789abcdefABCDEF_") == false;
        }

        var digits = 0;
        var dots = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is 'e' or 'E' && digits > 0 && i + 1 < text.Length)
            {
                if (text[i + 1] is '+' or '-')
                {
                    i++;
                }
            }
            else if (c == '.' && ++dots > 1)
            {
                return false; // 3.1.0 is a version string
            }
            else if (c is not ('.' or '_'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>
    /// The lines after <c>key: |</c> that are blank or indented deeper than the key's line form the
    /// scalar; they are one string token. Leaves the scanner at the end of the last such line.
    /// </summary>
    private static void LexBlockScalarBody(Scanner s, HighlightWriter w, int parentIndent)
    {
        var bodyStart = -1;
        var bodyEnd = -1;
        var line = s.Pos + 1;
        while (line < s.End)
        {
            var lineEnd = s.LineEnd(line);
            var indent = Indent(s, line);
            var blank = s.Slice(line + indent, lineEnd).IsWhiteSpace();
            if (!blank && indent <= parentIndent)
            {
                break;
            }

            if (!blank)
            {
                bodyStart = bodyStart < 0 ? line + indent : bodyStart;
                bodyEnd = lineEnd;
            }

            line = lineEnd + 1;
        }

        if (bodyStart < 0)
        {
            return;
        }

        w.Token(TokenKind.String, bodyStart, bodyEnd);
        s.Pos = bodyEnd;
    }

    private static int Indent(Scanner s, int lineStart)
    {
        var i = lineStart;
        while (i < s.End && s.Text[i] == ' ')
        {
            i++;
        }

        return i - lineStart;
    }
}
