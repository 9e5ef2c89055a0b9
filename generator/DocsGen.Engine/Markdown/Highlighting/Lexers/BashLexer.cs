using System.Buffers;

namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>
/// Shell scripts and one-liners (bash, sh, zsh): the first word of each command is a function
/// token, flags are attributes, <c>$VAR</c> and <c>${...}</c> are variables (inside double quotes
/// too), heredoc bodies are strings.
/// </summary>
internal sealed class BashLexer : ILexer
{
    private static readonly SearchValues<char> OperatorChars = SearchValues.Create("|&;<>");

    private static readonly WordSet Keywords = new(
        "if then else elif fi case esac for select while until do done in function time coproc !");

    // After these the next word starts a new command.
    private static readonly WordSet CommandPrefixKeywords = new("if then else elif while until do time !");

    public static BashLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        var commandPosition = true;
        var heredocs = new List<(string Delimiter, bool StripTabs)>();

        while (!s.AtEnd)
        {
            var start = s.Pos;
            var c = s.Current;

            if (c == '\n')
            {
                s.Pos++;
                commandPosition = true;
                if (heredocs.Count > 0)
                {
                    LexHeredocBodies(s, w, heredocs);
                }

                continue;
            }

            if (c is ' ' or '\t' or '\r')
            {
                s.Pos++;
                continue;
            }

            if (c == '\\')
            {
                // An escaped character (or a line continuation) is plain text.
                s.Pos = Math.Min(s.End, s.Pos + 2);
                continue;
            }

            if (c == '#' && StartsWord(s))
            {
                var shebang = start == s.Start && s.Peek() == '!';
                s.SkipToLineEnd();
                w.Token(shebang ? TokenKind.Meta : TokenKind.Comment, start, s.Pos);
            }
            else if (c == '\'')
            {
                s.ScanQuoted('\'', escapes: false, singleLine: false);
                w.Token(TokenKind.String, start, s.Pos);
                commandPosition = false;
            }
            else if (c == '"')
            {
                ScanDoubleQuoted(s, w);
                commandPosition = false;
            }
            else if (c == '$' && s.Peek() == '\'')
            {
                s.Pos++;
                s.ScanQuoted('\'', escapes: true, singleLine: false);
                w.Token(TokenKind.String, start, s.Pos);
                commandPosition = false;
            }
            else if (c == '$' && s.Peek() == '(')
            {
                // Command substitution: its inside is lexed as commands.
                s.Pos += 2;
                commandPosition = s.Current != '(';
                w.Token(TokenKind.Variable, start, s.Pos);
            }
            else if (c == '$')
            {
                ScanExpansion(s);
                w.Token(TokenKind.Variable, start, s.Pos);
                commandPosition = false;
            }
            else if (c == '<' && s.Peek() == '<' && s.Peek(2) != '<')
            {
                ScanHeredocStart(s, w, heredocs);
                commandPosition = false;
            }
            else if (OperatorChars.Contains(c))
            {
                s.SkipWhile(static ch => OperatorChars.Contains(ch));
                w.Token(TokenKind.Operator, start, s.Pos);
                var last = s.Text[s.Pos - 1];
                commandPosition = last is not ('>' or '<') && !(last == '&' && s.Pos - start > 1 && s.Text[s.Pos - 2] == '>');
            }
            else if (c is '(' or ')' or '{' or '}' or '`')
            {
                s.Pos++;
                w.Token(TokenKind.Punctuation, start, s.Pos);
                commandPosition = c is '(' or '{' or '`';
            }
            else
            {
                ScanWord(s);
                commandPosition = LexWord(s, w, start, commandPosition);
            }
        }
    }

    private static bool StartsWord(Scanner s) =>
        s.Pos == s.Start || s.Previous is ' ' or '\t' or '\n' or '\r' or ';' or '|' or '&' or '(' or ')';

    private static void ScanWord(Scanner s)
    {
        s.Pos++;
        s.SkipWhile(static ch => !char.IsWhiteSpace(ch) && ch is not ('|' or '&' or ';' or '<' or '>' or '(' or ')'
            or '\'' or '"' or '$' or '\\' or '`'));
    }

    /// <summary>Colours one word and returns whether the next word is a command name.</summary>
    private static bool LexWord(Scanner s, HighlightWriter w, int start, bool commandPosition)
    {
        var word = s.Slice(start, s.Pos);
        var equals = word.IndexOf('=');
        if (equals > 0 && IsName(word[..equals]))
        {
            // NAME=value: before a command (a command may still follow), or after export/local/make.
            w.Token(TokenKind.Variable, start, start + equals);
            w.Token(TokenKind.Operator, start + equals, start + equals + 1);
            return commandPosition;
        }

        if (commandPosition)
        {

            if (Keywords.Contains(word))
            {
                w.Token(TokenKind.Keyword, start, s.Pos);
                return CommandPrefixKeywords.Contains(word);
            }

            w.Token(TokenKind.Function, start, s.Pos);
            return false;
        }

        if (word.Length > 1 && word[0] == '-' && !char.IsAsciiDigit(word[1]))
        {
            w.Token(TokenKind.Attribute, start, equals > 0 ? start + equals : s.Pos);
        }
        else if (!word.ContainsAnyExceptInRange('0', '9'))
        {
            w.Token(TokenKind.Number, start, s.Pos);
        }
        else if (word is "in" or "do" or "then" or "done" or "fi" or "esac")
        {
            w.Token(TokenKind.Keyword, start, s.Pos);
        }

        return false;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !Scanner.IsIdentifierStart(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Scanner.IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>From '$': <c>${...}</c>, <c>$NAME</c>, <c>$1</c>, <c>$?</c>... (a lone '$' is one character).</summary>
    private static void ScanExpansion(Scanner s)
    {
        s.Pos++;
        if (s.Current == '{' && !s.AtEnd)
        {
            ScanBalanced(s, '{', '}');
        }
        else if (s.Current == '(' && !s.AtEnd)
        {
            ScanBalanced(s, '(', ')');
        }
        else if (Scanner.IsIdentifierStart(s.Current))
        {
            s.SkipWhile(Scanner.IsIdentifierPart);
        }
        else if (!s.AtEnd && (char.IsAsciiDigit(s.Current) || s.Current is '@' or '?' or '#' or '$' or '!' or '*' or '-'))
        {
            s.Pos++;
        }
    }

    private static void ScanBalanced(Scanner s, char open, char close)
    {
        var depth = 0;
        while (!s.AtEnd)
        {
            var c = s.Current;
            s.Pos++;
            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return;
            }
        }
    }

    private static void ScanDoubleQuoted(Scanner s, HighlightWriter w)
    {
        var segmentStart = s.Pos;
        s.Pos++;
        while (!s.AtEnd)
        {
            var c = s.Current;
            if (c == '"')
            {
                s.Pos++;
                break;
            }

            if (c == '\\')
            {
                s.Pos = Math.Min(s.End, s.Pos + 2);
                continue;
            }

            var next = s.Peek();
            if (c == '$' && (Scanner.IsIdentifierStart(next) || next is '{' or '(' or '@' or '?' or '#' or '!' or '*' || char.IsAsciiDigit(next)))
            {
                w.Token(TokenKind.String, segmentStart, s.Pos);
                var expansionStart = s.Pos;
                ScanExpansion(s);
                w.Token(TokenKind.Variable, expansionStart, s.Pos);
                segmentStart = s.Pos;
                continue;
            }

            s.Pos++;
        }

        w.Token(TokenKind.String, segmentStart, s.Pos);
    }

    /// <summary>From <c>&lt;&lt;</c>: the operator, then the delimiter word (quoted or not).</summary>
    private static void ScanHeredocStart(Scanner s, HighlightWriter w, List<(string Delimiter, bool StripTabs)> heredocs)
    {
        var start = s.Pos;
        s.Pos += 2;
        var stripTabs = s.Current == '-';
        if (stripTabs)
        {
            s.Pos++;
        }

        w.Token(TokenKind.Operator, start, s.Pos);
        s.SkipBlanks();
        var delimiterStart = s.Pos;
        var quote = s.Current is '\'' or '"' ? s.Current : '\0';
        if (quote != '\0')
        {
            s.Pos++;
        }

        var nameStart = s.Pos;
        s.SkipWhile(static ch => Scanner.IsIdentifierPart(ch) || ch is '-' or '.');
        var name = s.Slice(nameStart, s.Pos).ToString();
        if (quote != '\0' && s.Current == quote)
        {
            s.Pos++;
        }

        if (name.Length > 0)
        {
            w.Token(TokenKind.Meta, delimiterStart, s.Pos);
            heredocs.Add((name, stripTabs));
        }
    }

    /// <summary>At the start of the line after heredoc operators: each pending body as a string,
    /// its terminator line as meta. Leaves the scanner at the end of the last terminator line.</summary>
    private static void LexHeredocBodies(Scanner s, HighlightWriter w, List<(string Delimiter, bool StripTabs)> heredocs)
    {
        for (var i = 0; i < heredocs.Count && !s.AtEnd; i++)
        {
            var (delimiter, stripTabs) = heredocs[i];
            if (i > 0)
            {
                s.Pos++; // the newline after the previous terminator
            }

            var bodyStart = s.Pos;
            var line = s.Pos;
            var terminatorStart = -1;
            while (line < s.End)
            {
                var lineEnd = s.LineEnd(line);
                var content = line;
                while (stripTabs && content < lineEnd && s.Text[content] == '\t')
                {
                    content++;
                }

                if (s.Slice(content, lineEnd).TrimEnd('\r').SequenceEqual(delimiter))
                {
                    terminatorStart = content;
                    break;
                }

                line = lineEnd + 1;
            }

            if (terminatorStart < 0)
            {
                w.Token(TokenKind.String, bodyStart, s.End);
                s.Pos = s.End;
                break;
            }

            w.Token(TokenKind.String, bodyStart, line - 1);
            s.Pos = s.LineEnd(terminatorStart);
            w.Token(TokenKind.Meta, terminatorStart, s.Pos);
        }

        heredocs.Clear();
    }
}
