namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>
/// A shell session: lines starting with a <c>$ </c> prompt are commands (continued by a trailing
/// backslash), every other line is program output and stays plain. A session without any prompt
/// is treated as a script.
/// </summary>
internal sealed class ConsoleLexer : ILexer
{
    public static ConsoleLexer Instance { get; } = new();

    public void Lex(Scanner s, HighlightWriter w)
    {
        if (!HasPrompt(s))
        {
            BashLexer.Instance.Lex(s, w);
            return;
        }

        while (!s.AtEnd)
        {
            var lineEnd = s.LineEnd(s.Pos);
            if (IsPrompt(s, s.Pos))
            {
                w.Token(TokenKind.Meta, s.Pos, s.Pos + 1);
                var commandStart = s.Pos + 1;
                var commandEnd = lineEnd;
                while (commandEnd < s.End && EndsWithBackslash(s, commandEnd))
                {
                    commandEnd = s.LineEnd(commandEnd + 1);
                }

                BashLexer.Instance.Lex(new Scanner(s.Text, commandStart, commandEnd), w);
                lineEnd = commandEnd;
            }

            s.Pos = Math.Min(s.End, lineEnd + 1);
        }
    }

    private static bool HasPrompt(Scanner s)
    {
        for (var line = s.Pos; line < s.End; line = s.LineEnd(line) + 1)
        {
            if (IsPrompt(s, line))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrompt(Scanner s, int lineStart) =>
        s.Matches(lineStart, "$") && (lineStart + 1 >= s.End || s.Text[lineStart + 1] is ' ' or '\n' or '\r');

    private static bool EndsWithBackslash(Scanner s, int lineEnd) =>
        lineEnd > s.Start && (s.Text[lineEnd - 1] == '\\' || (s.Text[lineEnd - 1] == '\r' && lineEnd - 2 >= s.Start && s.Text[lineEnd - 2] == '\\'));
}
