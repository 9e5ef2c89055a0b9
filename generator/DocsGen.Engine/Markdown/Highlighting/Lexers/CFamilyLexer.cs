using System.Buffers;

namespace DocsGen.Markdown.Highlighting.Lexers;

/// <summary>One lexer for JavaScript, TypeScript, C#, Java and Go, driven by <see cref="CFamilyLanguage"/>.</summary>
internal sealed class CFamilyLexer(CFamilyLanguage language) : ILexer
{
    private static readonly SearchValues<char> OperatorChars = SearchValues.Create("+-*/%=&|^!<>~?:");
    private static readonly SearchValues<char> PunctuationChars = SearchValues.Create("(){}[];,.");

    public void Lex(Scanner s, HighlightWriter w)
    {
        // What came before decides two ambiguities: '/' (division or regex) and identifiers after
        // 'class'/'new' (type names).
        var previous = TokenKind.Punctuation;
        var previousChar = '\0';
        var typeExpected = false;
        var attributeExpected = false;
        var previousWasName = false;
        // A failed regex attempt scans to the end of its line; not retrying on that line keeps a
        // line full of '/' linear.
        var noRegexBefore = -1;

        while (!s.AtEnd)
        {
            var start = s.Pos;
            var c = s.Current;
            TokenKind? kind;

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
            else if (c == '#' && language.Preprocessor && s.IsFirstOnLine())
            {
                s.SkipToLineEnd();
                kind = TokenKind.Meta;
            }
            else if (TryScanString(s, w))
            {
                previous = TokenKind.String;
                previousChar = '"';
                typeExpected = false;
                previousWasName = false;
                continue;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(s.Peek())))
            {
                s.ScanNumber();
                kind = TokenKind.Number;
            }
            else if (IsIdentifierStart(c) || (c == '@' && language.CSharpStrings && IsIdentifierStart(s.Peek())))
            {
                s.Pos++;
                s.SkipWhile(_isIdentifierPart);
                kind = Classify(s, start, previousChar, previousWasName, attributeExpected, ref typeExpected);
                attributeExpected = false;
                previousWasName = kind is null or TokenKind.Type;
                if (kind is null)
                {
                    previous = TokenKind.Variable;
                    previousChar = s.Text[s.Pos - 1];
                    continue;
                }
            }
            else if (c == '@' && language.Annotations && IsIdentifierStart(s.Peek()))
            {
                s.Pos++;
                s.SkipWhile(static ch => Scanner.IsIdentifierPart(ch) || ch == '.');
                kind = TokenKind.Attribute;
            }
            else if (c == '/' && language.JavaScriptLiterals && s.Pos >= noRegexBefore && RegexMayStart(previous, previousChar))
            {
                if (TryScanRegex(s))
                {
                    kind = TokenKind.String;
                }
                else
                {
                    noRegexBefore = s.LineEnd(s.Pos);
                    s.Pos++;
                    kind = TokenKind.Operator;
                }
            }
            else if (OperatorChars.Contains(c))
            {
                s.SkipWhile(static ch => OperatorChars.Contains(ch) && ch != '/');
                s.Pos = Math.Max(s.Pos, start + 1);
                kind = TokenKind.Operator;
            }
            else if (PunctuationChars.Contains(c))
            {
                attributeExpected = c == '[' && language.BracketAttributes && s.IsFirstOnLine();
                s.Pos++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                s.Pos++;
                kind = null;
            }

            if (kind is { } k)
            {
                w.Token(k, start, s.Pos);
                if (k != TokenKind.Comment && k != TokenKind.Meta)
                {
                    previousWasName = previousWasName && k == TokenKind.Type;
                    previous = k;
                    previousChar = s.Text[s.Pos - 1];
                }
            }
            else
            {
                previous = TokenKind.Variable;
                previousChar = c;
                previousWasName = false;
            }
        }
    }

    // Cached: a method group of an instance method would allocate a delegate per identifier.
    private readonly Func<char, bool> _isIdentifierPart = c => Scanner.IsIdentifierPart(c) || (c == '$' && language.DollarInIdentifiers);

    private bool IsIdentifierStart(char c) => Scanner.IsIdentifierStart(c) || (c == '$' && language.DollarInIdentifiers);

    private TokenKind? Classify(Scanner s, int start, char previousChar, bool previousWasName, bool attributeExpected, ref bool typeExpected)
    {
        var word = s.Slice(start, s.Pos);
        var afterType = typeExpected;
        typeExpected = false;

        if (language.Keywords.Contains(word))
        {
            typeExpected = language.TypeIntroducers.Contains(word);
            return TokenKind.Keyword;
        }

        if (language.Literals.Contains(word))
        {
            return TokenKind.Literal;
        }

        if (language.Types.Contains(word) || afterType)
        {
            return TokenKind.Type;
        }

        if (attributeExpected)
        {
            return TokenKind.Attribute;
        }

        if (s.Current == '(')
        {
            return TokenKind.Function;
        }

        if (previousChar == '.' || !IsPascalCase(word))
        {
            return null;
        }

        // "Pet pet" and "string Name": a capitalised word right after a type is the declared name.
        // Go capitalises every exported name, so there only a type position makes a type.
        return language.CapitalisedAreTypes
            ? previousWasName ? null : TokenKind.Type
            : previousWasName || previousChar is '*' or ']' || s.Current == '{' ? TokenKind.Type : null;
    }

    /// <summary>Starts with a capital and has a lower-case letter: <c>PetClient</c>, not <c>BASE_URL</c>.</summary>
    internal static bool IsPascalCase(ReadOnlySpan<char> word)
    {
        word = word.TrimStart('@');
        return word.Length > 0 && char.IsUpper(word[0]) && word.ContainsAnyInRange('a', 'z');
    }

    private bool TryScanString(Scanner s, HighlightWriter w)
    {
        var start = s.Pos;
        var c = s.Current;

        if (language.CSharpStrings && c is '$' or '@' or '"')
        {
            return TryScanCSharpString(s, w);
        }

        if (c == '"' && language.TextBlocks && s.Matches("\"\"\""))
        {
            s.Pos += 3;
            StringLexer.Scan(s, w, start, new StringShape("\"\"\"", SingleLine: false));
            return true;
        }

        if (c is '"' or '\'')
        {
            s.Pos++;
            StringLexer.Scan(s, w, start, new StringShape(c == '"' ? "\"" : "'"));
            return true;
        }

        if (c == '`' && language.JavaScriptLiterals)
        {
            s.Pos++;
            StringLexer.Scan(s, w, start, new StringShape("`", SingleLine: false, Holes: HoleStyle.DollarBrace));
            return true;
        }

        if (c == '`' && language.BacktickRawStrings)
        {
            s.Pos++;
            StringLexer.Scan(s, w, start, new StringShape("`", BackslashEscapes: false, SingleLine: false));
            return true;
        }

        return false;
    }

    /// <summary>"...", '...', @"...", $"...", $@"...", @$"...", """...""", $$"""...""".</summary>
    private static bool TryScanCSharpString(Scanner s, HighlightWriter w)
    {
        var start = s.Pos;
        var i = s.Pos;
        var dollars = 0;
        var verbatim = false;
        while (i < s.End && s.Text[i] == '$')
        {
            dollars++;
            i++;
        }

        if (i < s.End && s.Text[i] == '@')
        {
            verbatim = true;
            i++;
            while (i < s.End && s.Text[i] == '$')
            {
                dollars++;
                i++;
            }
        }

        if (i >= s.End || s.Text[i] != '"')
        {
            return false;
        }

        var quotes = 0;
        while (i + quotes < s.End && s.Text[i + quotes] == '"')
        {
            quotes++;
        }

        StringShape shape;
        if (quotes >= 3 && !verbatim)
        {
            shape = new StringShape(new string('"', quotes), BackslashEscapes: false, SingleLine: false,
                Holes: dollars > 0 ? HoleStyle.RawBraces : HoleStyle.None, HoleBraces: Math.Max(dollars, 1));
            s.Pos = i + quotes;
        }
        else
        {
            shape = new StringShape("\"", BackslashEscapes: !verbatim, DoubledCloseEscapes: verbatim, SingleLine: !verbatim,
                Holes: dollars > 0 ? HoleStyle.Brace : HoleStyle.None);
            s.Pos = i + 1;
        }

        StringLexer.Scan(s, w, start, shape);
        return true;
    }

    private static bool RegexMayStart(TokenKind previous, char previousChar) =>
        previous is TokenKind.Operator or TokenKind.Keyword
        || (previous == TokenKind.Punctuation && previousChar is not (')' or ']' or '}'));

    /// <summary>A regex literal ends on its line at an unescaped '/' outside a character class.</summary>
    private static bool TryScanRegex(Scanner s)
    {
        if (s.Peek() is '/' or '*' or ' ')
        {
            return false;
        }

        var i = s.Pos + 1;
        var inClass = false;
        while (i < s.End)
        {
            var c = s.Text[i];
            if (c == '\n')
            {
                return false;
            }

            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                s.Pos = i + 1;
                s.SkipWhile(char.IsAsciiLetter);
                return true;
            }

            i++;
        }

        return false;
    }
}
