namespace DocsGen.Markdown.Highlighting;

/// <summary>
/// A cursor over <c>[start, end)</c> of a text, shared by the lexers. Every helper moves forward
/// only and stops at <see cref="End"/>, so lexers built from them run in linear time and cannot
/// read past their region (HTTP hands its body to the JSON lexer as a region).
/// </summary>
internal sealed class Scanner(string text, int start, int end)
{
    public string Text { get; } = text;

    public int Pos { get; set; } = start;

    public int Start { get; } = start;

    public int End { get; } = end;

    public bool AtEnd => Pos >= End;

    /// <summary>The current character, or '\0' at the end (check <see cref="AtEnd"/> when a real
    /// NUL in the input would matter).</summary>
    public char Current => Pos < End ? Text[Pos] : '\0';

    public char Peek(int offset = 1) => Pos + offset < End && Pos + offset >= Start ? Text[Pos + offset] : '\0';

    public char Previous => Pos - 1 >= Start ? Text[Pos - 1] : '\0';

    public bool AtLineStart => Pos == Start || Text[Pos - 1] == '\n';

    /// <summary>True when only spaces or tabs precede <see cref="Pos"/> on its line.</summary>
    public bool IsFirstOnLine()
    {
        var i = Pos - 1;
        while (i >= Start && Text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < Start || Text[i] == '\n';
    }

    public bool Matches(string s) => Matches(Pos, s);

    public bool Matches(int at, string s) =>
        at + s.Length <= End && string.CompareOrdinal(Text, at, s, 0, s.Length) == 0;

    public bool MatchesIgnoreCase(int at, string s) =>
        at + s.Length <= End && string.Compare(Text, at, s, 0, s.Length, StringComparison.OrdinalIgnoreCase) == 0;

    public ReadOnlySpan<char> Slice(int from, int to) => Text.AsSpan(from, to - from);

    /// <summary>Position of the next '\n' at or after <paramref name="at"/>, or <see cref="End"/>.</summary>
    public int LineEnd(int at)
    {
        var i = Text.AsSpan(at, End - at).IndexOf('\n');
        return i < 0 ? End : at + i;
    }

    public void SkipToLineEnd() => Pos = LineEnd(Pos);

    /// <summary>Skips spaces and tabs (not newlines).</summary>
    public void SkipBlanks()
    {
        while (Pos < End && Text[Pos] is ' ' or '\t')
        {
            Pos++;
        }
    }

    public void SkipWhitespace()
    {
        while (Pos < End && char.IsWhiteSpace(Text[Pos]))
        {
            Pos++;
        }
    }

    public void SkipWhile(Func<char, bool> predicate)
    {
        while (Pos < End && predicate(Text[Pos]))
        {
            Pos++;
        }
    }

    /// <summary>
    /// From an opening quote at <see cref="Pos"/>, moves past the closing quote. A backslash escapes
    /// the next character when <paramref name="escapes"/> is set. Unterminated strings stop before
    /// the newline when <paramref name="singleLine"/> is set, else at the end.
    /// </summary>
    public void ScanQuoted(char quote, bool escapes, bool singleLine)
    {
        Pos++;
        while (Pos < End)
        {
            var c = Text[Pos];
            if (c == quote)
            {
                Pos++;
                return;
            }

            if (c == '\n' && singleLine)
            {
                return;
            }

            Pos += c == '\\' && escapes && Pos + 1 < End && !(singleLine && Text[Pos + 1] == '\n') ? 2 : 1;
        }
    }

    /// <summary>Moves to just after the next occurrence of <paramref name="terminator"/>, or to the end.</summary>
    public void SkipPast(string terminator)
    {
        var i = Text.AsSpan(Pos, End - Pos).IndexOf(terminator, StringComparison.Ordinal);
        Pos = i < 0 ? End : Pos + i + terminator.Length;
    }

    /// <summary>
    /// Numbers as most C-like languages write them: 0x/0o/0b prefixes, '_' or '\'' separators,
    /// a fraction, an exponent and trailing suffix letters (1e-3f, 10_000L, 0xFFu, 3j, 10n).
    /// Call only when <see cref="Current"/> is a digit, or '.' followed by a digit.
    /// </summary>
    public void ScanNumber()
    {
        if (Current == '0' && Peek() is 'x' or 'X' or 'b' or 'B' or 'o' or 'O')
        {
            Pos += 2;
            SkipWhile(static c => char.IsAsciiHexDigit(c) || c == '_');
            SkipWhile(char.IsAsciiLetter);
            return;
        }

        SkipWhile(static c => char.IsAsciiDigit(c) || c == '_');
        if (Current == '.' && char.IsAsciiDigit(Peek()))
        {
            Pos++;
            SkipWhile(static c => char.IsAsciiDigit(c) || c == '_');
        }
        else if (Current == '.' && Pos > Start && char.IsAsciiDigit(Previous) && !char.IsAsciiLetter(Peek()) && Peek() != '.')
        {
            Pos++; // "1." is a number; "1..2" (range) and "1.ToString()" are not.
        }

        if (Current is 'e' or 'E' && (char.IsAsciiDigit(Peek()) || (Peek() is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            Pos += 2;
            SkipWhile(static c => char.IsAsciiDigit(c) || c == '_');
        }

        SkipWhile(char.IsAsciiLetter);
    }

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
