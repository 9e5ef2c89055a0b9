using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads a JSON-like literal written in JavaScript, Python or C# (`{ amount: 2500 }`, `{"a": True}`,
/// `new { amount = 2500 }`). Strict mode fails on anything that is not a literal (a variable, a call);
/// lenient mode keeps such values as null so the keys can still be read.
/// </summary>
internal sealed class LiteralReader(string text, bool lenient)
{
    private int _i;

    public static JsonNode? TryRead(string text, bool lenient = false)
    {
        var reader = new LiteralReader(text, lenient);
        try
        {
            return reader.Value();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The text of a balanced (), {} or [] group starting at <paramref name="start"/>, brackets included.</summary>
    public static string? Balanced(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']' && --depth == 0)
            {
                return text[start..(i + 1)];
            }
        }

        return null;
    }

    private JsonNode? Value()
    {
        Skip();
        if (_i >= text.Length)
        {
            throw new FormatException();
        }

        var c = text[_i];
        if (c == '{')
        {
            return Object('}');
        }

        if (c == '[')
        {
            return Array(']');
        }

        if (c is '"' or '\'')
        {
            return JsonValue.Create(String());
        }

        if (char.IsDigit(c) || c == '-' || c == '.')
        {
            return Number();
        }

        var word = Word();
        switch (word)
        {
            case "true" or "True":
                return JsonValue.Create(true);
            case "false" or "False":
                return JsonValue.Create(false);
            case "null" or "None" or "undefined":
                return null;
            case "new":
                return New();
        }

        if (!lenient)
        {
            throw new FormatException();
        }

        SkipExpression();
        return null;
    }

    // C#: new { a = 1 }, new[] { 1, 2 }, new Dictionary<string, object> { ["a"] = 1 } is not supported.
    private JsonNode? New()
    {
        Skip();
        if (Peek("[]"))
        {
            _i += 2;
            Skip();
            Expect('{');
            _i--;
            return Array('}');
        }

        if (Peek("{"))
        {
            return Object('}');
        }

        if (!lenient)
        {
            throw new FormatException();
        }

        SkipExpression();
        return null;
    }

    private JsonObject Object(char close)
    {
        _i++;
        var result = new JsonObject();
        while (true)
        {
            Skip();
            if (At(close))
            {
                _i++;
                return result;
            }

            var key = text[_i] is '"' or '\'' ? String() : Word();
            if (key.Length == 0)
            {
                throw new FormatException();
            }

            Skip();
            if (!At(':') && !At('='))
            {
                throw new FormatException();
            }

            _i++;
            var value = Value();
            result[key] = value;
            Skip();
            if (At(','))
            {
                _i++;
            }
            else if (!At(close))
            {
                throw new FormatException();
            }
        }
    }

    private JsonArray Array(char close)
    {
        _i++;
        var result = new JsonArray();
        while (true)
        {
            Skip();
            if (At(close))
            {
                _i++;
                return result;
            }

            result.Add(Value());
            Skip();
            if (At(','))
            {
                _i++;
            }
            else if (!At(close))
            {
                throw new FormatException();
            }
        }
    }

    private string String()
    {
        var quote = text[_i++];
        var sb = new StringBuilder();
        while (_i < text.Length && text[_i] != quote)
        {
            if (text[_i] == '\\' && _i + 1 < text.Length)
            {
                _i++;
                sb.Append(text[_i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else
            {
                sb.Append(text[_i]);
            }

            _i++;
        }

        if (_i >= text.Length)
        {
            throw new FormatException();
        }

        _i++;
        return sb.ToString();
    }

    private JsonNode Number()
    {
        var start = _i;
        while (_i < text.Length && (char.IsAsciiDigit(text[_i]) || text[_i] is '-' or '+' or '.' or 'e' or 'E' or '_'))
        {
            _i++;
        }

        var raw = text[start.._i].Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : throw new FormatException();
    }

    private string Word()
    {
        var start = _i;
        while (_i < text.Length && (char.IsLetterOrDigit(text[_i]) || text[_i] is '_' or '$' or '@'))
        {
            _i++;
        }

        return text[start.._i].TrimStart('@');
    }

    // Lenient: skip an expression such as os.environ["KEY"] or process.env.KEY up to the next , } or ].
    private void SkipExpression()
    {
        while (_i < text.Length && text[_i] is not (',' or '}' or ']'))
        {
            if (text[_i] is '(' or '[' or '{' or '"' or '\'' or '`')
            {
                var group = text[_i] is '"' or '\'' or '`' ? null : Balanced(text, _i);
                if (group is null)
                {
                    var quote = text[_i++];
                    while (_i < text.Length && text[_i] != quote)
                    {
                        _i++;
                    }

                    _i++;
                    continue;
                }

                _i += group.Length;
                continue;
            }

            _i++;
        }
    }

    private void Skip()
    {
        while (_i < text.Length)
        {
            if (char.IsWhiteSpace(text[_i]))
            {
                _i++;
            }
            else if (Peek("//") || (text[_i] == '#' && !lenient))
            {
                while (_i < text.Length && text[_i] != '\n')
                {
                    _i++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void Expect(char c)
    {
        if (!At(c))
        {
            throw new FormatException();
        }

        _i++;
    }

    private bool At(char c) => _i < text.Length && text[_i] == c;

    private bool Peek(string s) => string.CompareOrdinal(text, _i, s, 0, s.Length) == 0;
}
