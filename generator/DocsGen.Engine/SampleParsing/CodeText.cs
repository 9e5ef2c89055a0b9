using System.Text;
using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads the source text of the C-family languages and Python just well enough to find a call's
/// arguments: string literals of every kind the sample languages have ('…', "…", `…`, """…""",
/// @"…", $"…", f"…"), balanced brackets, top-level commas, and what a variable was assigned.
/// </summary>
internal sealed partial class CodeText(string code)
{
    public string Code { get; } = code;

    /// <summary>Index just past the string literal whose opening quote is at <paramref name="start"/>.</summary>
    public int SkipString(int start)
    {
        var quote = Code[start];
        var run = 0;
        while (start + run < Code.Length && Code[start + run] == quote)
        {
            run++;
        }

        if (quote != '`' && run >= 3)
        {
            // Triple-quoted (Python, Java text block, C# raw literal with three or more quotes).
            var close = Code.IndexOf(new string(quote, run), start + run, StringComparison.Ordinal);
            return close < 0 ? Code.Length : close + run;
        }

        if (run == 2)
        {
            return start + 2;
        }

        var verbatim = quote == '"' && start > 0 && (Code[start - 1] == '@' || (start > 1 && Code[start - 1] == '$' && Code[start - 2] == '@'));
        for (var i = start + 1; i < Code.Length; i++)
        {
            var c = Code[i];
            if (c == '\\' && !verbatim)
            {
                i++;
            }
            else if (c == quote)
            {
                if (verbatim && i + 1 < Code.Length && Code[i + 1] == quote)
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
            else if (c == '\n' && quote != '`' && quote != '"')
            {
                return i;
            }
        }

        return Code.Length;
    }

    /// <summary>Index of the bracket closing the one at <paramref name="open"/>, or -1.</summary>
    public int Close(int open)
    {
        var depth = 0;
        for (var i = open; i < Code.Length; i++)
        {
            var c = Code[i];
            if (IsQuote(c))
            {
                i = SkipString(i) - 1;
            }
            else if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']' && --depth == 0)
            {
                return i;
            }
            else if (IsComment(i))
            {
                i = EndOfLine(i) - 1;
            }
        }

        return -1;
    }

    /// <summary>The text between the bracket at <paramref name="open"/> and its partner, brackets excluded; null when unbalanced.</summary>
    public string? Inside(int open) => Close(open) is >= 0 and var close ? Code[(open + 1)..close] : null;

    /// <summary>Splits at commas outside strings and brackets; each part trimmed, empty trailing part dropped.</summary>
    public static List<string> SplitTopLevel(string text, char separator = ',')
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var at in TopLevel(text, i => text[i] == separator))
        {
            parts.Add(text[start..at].Trim());
            start = at + 1;
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            parts.Add(last);
        }

        return parts;
    }

    /// <summary>
    /// The code with its comments blanked out (same length, line breaks kept), so a commented-out line,
    /// such as an optional parameter a generated sample shows but does not send, is not read as code.
    /// </summary>
    public static string WithoutComments(string code, string lineComment, bool blockComments)
    {
        var scanner = new CodeText(code);
        var chars = code.ToCharArray();
        for (var i = 0; i < code.Length; i++)
        {
            if (IsQuote(code[i]))
            {
                i = scanner.SkipString(i) - 1;
            }
            else if (string.CompareOrdinal(code, i, lineComment, 0, lineComment.Length) == 0 && !(lineComment == "//" && i > 0 && code[i - 1] == ':'))
            {
                var end = scanner.EndOfLine(i);
                Array.Fill(chars, ' ', i, end - i);
                i = end;
            }
            else if (blockComments && string.CompareOrdinal(code, i, "/*", 0, 2) == 0)
            {
                var close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? code.Length : close + 2;
                for (var j = i; j < end; j++)
                {
                    chars[j] = chars[j] == '\n' ? '\n' : ' ';
                }

                i = end - 1;
            }
        }

        return new string(chars);
    }

    /// <summary>Index of the first <paramref name="token"/> outside strings and brackets, or -1.</summary>
    public static int TopLevelIndex(string text, string token) =>
        FirstTopLevel(text, i => string.CompareOrdinal(text, i, token, 0, token.Length) == 0);

    /// <summary>Splits "name=value" or "name: value" at the first top-level separator; null when there is none.</summary>
    public static (string Key, string Value)? KeyValue(string text, params char[] separators)
    {
        var at = FirstTopLevel(text, i => separators.Contains(text[i]) && !IsComparison(text, i));
        return at < 0 ? null : (text[..at].Trim(), text[(at + 1)..].Trim());
    }

    // '=' that is part of ==, =>, !=, <=, >= or === separates nothing.
    private static bool IsComparison(string text, int i) =>
        text[i] == '=' && ((i + 1 < text.Length && text[i + 1] is '=' or '>') || (i > 0 && text[i - 1] is '!' or '<' or '>' or '='));

    /// <summary>The first index outside strings and brackets where <paramref name="matches"/> holds, or -1.</summary>
    private static int FirstTopLevel(string text, Func<int, bool> matches)
    {
        foreach (var at in TopLevel(text, matches))
        {
            return at;
        }

        return -1;
    }

    /// <summary>The indices outside strings, brackets and comments where <paramref name="matches"/> holds, in order: the one scan both splitting and searching use.</summary>
    private static IEnumerable<int> TopLevel(string text, Func<int, bool> matches)
    {
        var scanner = new CodeText(text);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsQuote(c))
            {
                i = scanner.SkipString(i) - 1;
            }
            else if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']')
            {
                depth--;
            }
            else if (depth == 0 && matches(i))
            {
                yield return i;
            }
            else if (scanner.IsComment(i))
            {
                i = scanner.EndOfLine(i) - 1;
            }
        }
    }

    /// <summary>The expression last assigned to a variable before <paramref name="before"/> (var/let/const/:=/=), or null.</summary>
    public string? Assigned(string name, int before = int.MaxValue)
    {
        string? found = null;
        foreach (Match m in Assignment().Matches(Code))
        {
            // name=value inside parentheses is a keyword argument (Python) or a condition, not an assignment.
            if (m.Groups["name"].Value != name || m.Index >= before || InsideParentheses(m.Groups["name"].Index))
            {
                continue;
            }

            var start = m.Index + m.Length;
            found = Expression(start);
        }

        return found;
    }

    private int[]? _parentheses;

    private bool InsideParentheses(int index)
    {
        if (_parentheses is null)
        {
            _parentheses = new int[Code.Length + 1];
            var depth = 0;
            for (var i = 0; i < Code.Length; i++)
            {
                _parentheses[i] = depth;
                var c = Code[i];
                if (IsQuote(c))
                {
                    var end = SkipString(i);
                    for (var j = i + 1; j < end && j < Code.Length; j++)
                    {
                        _parentheses[j] = depth;
                    }

                    i = end - 1;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
            }
        }

        return index < _parentheses.Length && _parentheses[index] > 0;
    }

    /// <summary>The expression starting at <paramref name="start"/>, up to the end of its statement.</summary>
    public string Expression(int start)
    {
        var depth = 0;
        for (var i = start; i < Code.Length; i++)
        {
            var c = Code[i];
            if (IsQuote(c))
            {
                i = SkipString(i) - 1;
            }
            else if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']')
            {
                if (--depth < 0)
                {
                    return Code[start..i].Trim();
                }
            }
            else if (depth == 0 && (c == ';' || (c == '\n' && !Continues(start, i))))
            {
                return Code[start..i].Trim();
            }
        }

        return Code[start..].Trim();
    }

    // A statement continues on the next line when the line ends with an operator or the next starts with one (a Java builder chain).
    private bool Continues(int start, int newline)
    {
        var before = Code[start..newline].TrimEnd();
        if (before.Length == 0 || before[^1] is '+' or '=' or ',' or '(' or '.' or '\\')
        {
            return true;
        }

        var next = newline + 1;
        while (next < Code.Length && Code[next] is ' ' or '\t' or '\r')
        {
            next++;
        }

        return next < Code.Length && Code[next] is '.' or '+';
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '`';

    private bool IsComment(int i) =>
        (Code[i] == '/' && i + 1 < Code.Length && Code[i + 1] == '/' && (i == 0 || Code[i - 1] != ':')) ||
        (Code[i] == '#' && (i == 0 || Code[i - 1] is '\n' or ' ' or '\t') && i + 1 < Code.Length && Code[i + 1] is ' ' or '!');

    private int EndOfLine(int i)
    {
        var end = Code.IndexOf('\n', i);
        return end < 0 ? Code.Length : end;
    }

    /// <summary>The content of a string literal (quotes and prefix included in <paramref name="literal"/>), escapes decoded.</summary>
    public static string? Unquote(string literal)
    {
        var text = literal.Trim();
        var prefix = 0;
        while (prefix < text.Length && !IsQuote(text[prefix]))
        {
            prefix++;
        }

        if (prefix >= text.Length || prefix > 3)
        {
            return null;
        }

        var quote = text[prefix];
        var run = 0;
        while (prefix + run < text.Length && text[prefix + run] == quote)
        {
            run++;
        }

        if (run >= 3 && quote != '`' && text.Length >= prefix + (2 * run))
        {
            return Dedent(text[(prefix + run)..^run]);
        }

        if (text.Length < prefix + 2 || text[^1] != quote)
        {
            return null;
        }

        var body = text[(prefix + 1)..^1];
        var p = text[..prefix];
        if (quote == '`' && !body.Contains('$'))
        {
            return body;
        }

        return p.Contains('@') ? body.Replace("\"\"", "\"", StringComparison.Ordinal)
            : p.Contains('r', StringComparison.OrdinalIgnoreCase) ? body
            : Unescape(body);
    }

    // Java text blocks and C# raw literals drop the line after the opening quotes and the common indentation.
    private static string Dedent(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 1 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var text = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        return text.TrimEnd(' ', '\t').Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    private static string Unescape(string body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                sb.Append(body[i]);
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case 'n':
                    sb.Append('\n');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 'u' when i + 4 < body.Length && int.TryParse(body.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default:
                    sb.Append(e);
                    break;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?:^|[\s;({,])(?:(?:const|let|var|final|val|String|URI|string|auto)\s+)?(?<name>[A-Za-z_]\w*)\s*(?::=|(?<![=!<>])=(?![=>]))", RegexOptions.Multiline)]
    private static partial Regex Assignment();
}
