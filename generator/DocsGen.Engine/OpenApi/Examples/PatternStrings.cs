using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// Makes a short string that a schema's <c>pattern</c> matches, so an id like <c>^AC[0-9a-fA-F]{32}$</c>
/// gets "AC000…" instead of "string". Covers what API specs write: literals, classes and their escapes,
/// quantifiers, groups, alternation, anchors and back-references. Lookarounds and anything unknown are
/// generated as if absent, and every result is checked with the regex engine the validator uses, so a
/// string is only returned when it really matches. Deterministic: the first alternative and the first
/// character of each class, the fewest repetitions that reach minLength.
/// </summary>
internal static class PatternStrings
{
    // A pattern needing more than this is not an example a reader wants to see.
    private const int MaxLength = 4096;

    public static bool TryGenerate(string pattern, int? minLength, int? maxLength, out string value)
    {
        value = "";
        Node root;
        Parser parser;
        try
        {
            parser = new Parser(pattern);
            root = parser.Parse();
        }
        catch (FormatException)
        {
            return false;
        }

        var min = Math.Max(0, minLength ?? 0);
        var max = maxLength is { } m && m >= 0 ? m : int.MaxValue;
        var shortest = Generate(root, 0);
        if (shortest is null)
        {
            return false;
        }

        var candidates = new List<string> { shortest };
        if (shortest.Length < min)
        {
            // Grow the repetitions first; padding outside the match only works for unanchored ends.
            if (Generate(root, min - shortest.Length) is { } grown)
            {
                candidates.Add(grown);
            }

            candidates.Add(shortest + new string('x', min - shortest.Length));
            candidates.Add(new string('x', min - shortest.Length) + shortest);
        }

        // Lookaheads such as (?=.*[A-Z])(?=.*\d) ask for characters somewhere: put what they want first,
        // in place of the start, or around the string.
        var wanted = string.Concat(parser.Lookaheads.Select(l => Generate(l, 0) ?? ""));
        if (wanted.Length > 0)
        {
            foreach (var baseline in candidates.ToList())
            {
                if (baseline.Length >= wanted.Length)
                {
                    candidates.Add(wanted + baseline[wanted.Length..]);
                }

                candidates.Add(wanted + baseline);
                candidates.Add(baseline + wanted);
                if (baseline.Length > 0)
                {
                    candidates.Add(baseline[..1] + wanted + baseline[1..]);
                }
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length >= min && candidate.Length <= max && Matches(pattern, candidate))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Generate(Node root, int extra)
    {
        var builder = new StringBuilder();
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var budget = extra;
        return Emit(root, builder, groups, ref budget) && builder.Length <= MaxLength ? builder.ToString() : null;
    }

    private static bool Emit(Node node, StringBuilder builder, Dictionary<string, string> groups, ref int extra)
    {
        switch (node)
        {
            case Sequence sequence:
                foreach (var part in sequence.Parts)
                {
                    if (!Emit(part, builder, groups, ref extra))
                    {
                        return false;
                    }
                }

                return true;
            case Alternation alternation:
                return Emit(alternation.Options[0], builder, groups, ref extra);
            case Literal literal:
                builder.Append(literal.Text);
                return true;
            case CharClass chars:
                if (chars.Pick() is not { } c)
                {
                    return false;
                }

                builder.Append(c);
                return true;
            case Group group:
                var start = builder.Length;
                if (!Emit(group.Body, builder, groups, ref extra))
                {
                    return false;
                }

                foreach (var key in new[] { group.Number, group.Name })
                {
                    if (key is not null)
                    {
                        groups[key] = builder.ToString(start, builder.Length - start);
                    }
                }

                return true;
            case BackReference reference:
                builder.Append(groups.GetValueOrDefault(reference.Name, ""));
                return true;
            case Repeat repeat:
                for (var i = 0; i < repeat.Min; i++)
                {
                    if (!Emit(repeat.Body, builder, groups, ref extra) || builder.Length > MaxLength)
                    {
                        return false;
                    }
                }

                for (var i = repeat.Min; extra > 0 && (repeat.Max is null || i < repeat.Max); i++)
                {
                    var before = builder.Length;
                    if (!Emit(repeat.Body, builder, groups, ref extra))
                    {
                        return false;
                    }

                    if (builder.Length == before)
                    {
                        break;
                    }

                    extra -= builder.Length - before;
                }

                return true;
            default:
                return true;
        }
    }

    private abstract record Node;

    private sealed record Sequence(List<Node> Parts) : Node;

    private sealed record Alternation(List<Node> Options) : Node;

    private sealed record Literal(string Text) : Node;

    /// <summary>Anchors, word boundaries and lookarounds: they match no characters of their own.</summary>
    private sealed record Empty : Node;

    /// <summary>A group; a capturing one can be referred to by its number and, when named, its name.</summary>
    private sealed record Group(Node Body, string? Number, string? Name) : Node;

    private sealed record BackReference(string Name) : Node;

    private sealed record Repeat(Node Body, int Min, int? Max) : Node;

    private sealed record CharClass(List<(char From, char To)> Ranges, bool Negated) : Node
    {
        // Readable choices for a negated class, in order of preference.
        private const string Fallbacks = "a0A_-.x ~!";

        public char? Pick()
        {
            if (!Negated)
            {
                return Ranges.Count > 0 ? Ranges[0].From : null;
            }

            foreach (var c in Fallbacks)
            {
                if (!Ranges.Any(r => c >= r.From && c <= r.To))
                {
                    return c;
                }
            }

            return null;
        }
    }

    private sealed class Parser(string pattern)
    {
        private static readonly List<(char, char)> Digits = [('0', '9')];
        private static readonly List<(char, char)> Word = [('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')];
        private static readonly List<(char, char)> Space = [(' ', ' '), ('\t', '\t'), ('\n', '\n'), ('\r', '\r'), ('\f', '\f'), ('\v', '\v')];

        private int _at;
        private int _groupCount;

        /// <summary>The bodies of positive lookaheads, which the string must also contain.</summary>
        public List<Node> Lookaheads { get; } = [];

        public Node Parse()
        {
            var node = Alternatives();
            if (_at < pattern.Length)
            {
                throw new FormatException($"unexpected '{pattern[_at]}' at {_at}");
            }

            return node;
        }

        private bool More => _at < pattern.Length;

        private char Peek => pattern[_at];

        private Node Alternatives()
        {
            var options = new List<Node> { Sequence() };
            while (More && Peek == '|')
            {
                _at++;
                options.Add(Sequence());
            }

            return options.Count == 1 ? options[0] : new Alternation(options);
        }

        private Sequence Sequence()
        {
            var parts = new List<Node>();
            while (More && Peek is not '|' and not ')')
            {
                var atom = Atom();
                parts.Add(Quantified(atom));
            }

            return new Sequence(parts);
        }

        private Node Quantified(Node atom)
        {
            while (More)
            {
                int min;
                int? max;
                switch (Peek)
                {
                    case '*':
                        (min, max) = (0, null);
                        _at++;
                        break;
                    case '+':
                        (min, max) = (1, null);
                        _at++;
                        break;
                    case '?':
                        (min, max) = (0, 1);
                        _at++;
                        break;
                    case '{' when Braces() is { } bounds:
                        (min, max) = bounds;
                        break;
                    default:
                        return atom;
                }

                // Lazy and possessive suffixes change how a regex searches, not what it matches.
                if (More && Peek is '?' or '+')
                {
                    _at++;
                }

                atom = new Repeat(atom, min, max);
            }

            return atom;
        }

        /// <summary>{n}, {n,} or {n,m}; null (and nothing consumed) when the brace is a literal.</summary>
        private (int, int?)? Braces()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var inside = pattern[(_at + 1)..close];
            var comma = inside.IndexOf(',', StringComparison.Ordinal);
            var first = comma < 0 ? inside : inside[..comma];
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            int? max = min;
            if (comma >= 0)
            {
                var second = inside[(comma + 1)..];
                if (second.Length == 0)
                {
                    max = null;
                }
                else if (int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var upper))
                {
                    max = upper;
                }
                else
                {
                    return null;
                }
            }

            _at = close + 1;
            return (min, max);
        }

        private Node Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '^' or '$':
                    return new Empty();
                case '.':
                    return new CharClass([('a', 'a')], Negated: false);
                case '[':
                    return Class();
                case '(':
                    return Group();
                case '\\':
                    return Escape(inClass: false) switch
                    {
                        Node node => node,
                        _ => throw new FormatException("bad escape"),
                    };
                default:
                    return new Literal(c.ToString());
            }
        }

        private Node Group()
        {
            string? name = null;
            var capturing = true;
            var lookaround = false;
            var positive = false;
            if (More && Peek == '?')
            {
                _at++;
                if (!More)
                {
                    throw new FormatException("unterminated group");
                }

                switch (Peek)
                {
                    case ':':
                        capturing = false;
                        _at++;
                        break;
                    case '=' or '!':
                        lookaround = true;
                        positive = Peek == '=';
                        _at++;
                        break;
                    case '<' when _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!':
                        lookaround = true;
                        _at += 2;
                        break;
                    case '<' or '\'' or 'P':
                        if (Peek == 'P')
                        {
                            _at++;
                        }

                        var end = pattern.IndexOfAny(['>', '\''], _at + 1);
                        if (end < 0)
                        {
                            throw new FormatException("unterminated group name");
                        }

                        name = pattern[(_at + 1)..end];
                        _at = end + 1;
                        break;
                    default:
                        // Inline options such as (?i) or (?i:...): generate the body as written.
                        while (More && char.IsAsciiLetter(Peek) || More && Peek == '-')
                        {
                            _at++;
                        }

                        if (More && Peek == ')')
                        {
                            _at++;
                            return new Empty();
                        }

                        if (More && Peek == ':')
                        {
                            _at++;
                            capturing = false;
                            break;
                        }

                        throw new FormatException("unknown group");
                }
            }

            var number = capturing ? (++_groupCount).ToString(CultureInfo.InvariantCulture) : null;
            var body = Alternatives();
            if (!More || Peek != ')')
            {
                throw new FormatException("unterminated group");
            }

            _at++;
            if (lookaround)
            {
                if (positive)
                {
                    Lookaheads.Add(body);
                }

                return new Empty();
            }

            return new Group(body, number, name);
        }

        private Node Class()
        {
            var negated = false;
            if (More && Peek == '^')
            {
                negated = true;
                _at++;
            }

            var ranges = new List<(char From, char To)>();
            var first = true;
            while (More && (Peek != ']' || first))
            {
                first = false;
                List<(char, char)> single;
                var c = pattern[_at++];
                if (c == '\\')
                {
                    var escaped = Escape(inClass: true);
                    if (escaped is CharClass set)
                    {
                        if (set.Negated)
                        {
                            // [^\s] style sets inside a class: too rare in specs to model.
                            throw new FormatException("negated set in class");
                        }

                        ranges.AddRange(set.Ranges);
                        continue;
                    }

                    c = ((Literal)escaped!).Text[0];
                }
                else if (c == '[' && More && Peek == ':')
                {
                    throw new FormatException("POSIX class");
                }

                single = [(c, c)];
                if (_at + 1 < pattern.Length && Peek == '-' && pattern[_at + 1] != ']')
                {
                    _at++;
                    var to = pattern[_at++];
                    if (to == '\\')
                    {
                        to = Escape(inClass: true) is Literal l ? l.Text[0] : throw new FormatException("bad range");
                    }

                    if (to < c)
                    {
                        throw new FormatException("reversed range");
                    }

                    single = [(c, to)];
                }

                ranges.AddRange(single);
            }

            if (!More)
            {
                throw new FormatException("unterminated class");
            }

            _at++;
            return new CharClass(ranges, negated);
        }

        /// <summary>After a backslash: a literal character, a class (\d), an anchor (\b) or a back-reference.</summary>
        private Node? Escape(bool inClass)
        {
            if (!More)
            {
                throw new FormatException("trailing backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'd':
                    return new CharClass(Digits, false);
                case 'D':
                    return new CharClass(Digits, true);
                case 'w':
                    return new CharClass(Word, false);
                case 'W':
                    return new CharClass(Word, true);
                case 's':
                    return new CharClass(Space, false);
                case 'S':
                    return new CharClass(Space, true);
                case 'b' when inClass:
                    return new Literal("\b");
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return new Empty();
                case 'n':
                    return new Literal("\n");
                case 't':
                    return new Literal("\t");
                case 'r':
                    return new Literal("\r");
                case 'f':
                    return new Literal("\f");
                case 'v':
                    return new Literal("\v");
                case '0':
                    return new Literal("\0");
                case 'x':
                    return new Literal(Hex(2).ToString());
                case 'u' when More && Peek == '{':
                    var close = pattern.IndexOf('}', _at);
                    if (close < 0)
                    {
                        throw new FormatException("bad \\u{}");
                    }

                    var code = int.Parse(pattern[(_at + 1)..close], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    _at = close + 1;
                    return new Literal(char.ConvertFromUtf32(code));
                case 'u':
                    return new Literal(Hex(4).ToString());
                case 'p' or 'P':
                    var end = More && Peek == '{' ? pattern.IndexOf('}', _at) : -1;
                    var category = end < 0 ? "" : pattern[(_at + 1)..end];
                    _at = end < 0 ? _at + 1 : end + 1;
                    var pick = category.StartsWith('N') ? '0' : category == "Lu" ? 'A' : 'a';
                    return c == 'p' ? new CharClass([(pick, pick)], false) : new CharClass([(pick, pick)], true);
                case 'k' when !inClass && More && Peek == '<':
                    var nameEnd = pattern.IndexOf('>', _at);
                    if (nameEnd < 0)
                    {
                        throw new FormatException("bad \\k");
                    }

                    var name = pattern[(_at + 1)..nameEnd];
                    _at = nameEnd + 1;
                    return new BackReference(name);
                case >= '1' and <= '9' when !inClass:
                    var digits = c.ToString();
                    while (More && char.IsAsciiDigit(Peek))
                    {
                        digits += pattern[_at++];
                    }

                    return new BackReference(digits);
                case 'c':
                    throw new FormatException("control escape");
                default:
                    return new Literal(c.ToString());
            }
        }

        private char Hex(int digits)
        {
            if (_at + digits > pattern.Length ||
                !int.TryParse(pattern.AsSpan(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException("bad hex escape");
            }

            _at += digits;
            return (char)code;
        }
    }
}
