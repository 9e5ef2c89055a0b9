using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocsGen.OpenApi.Downloads;

/// <summary>
/// Writes a JSON text as block-style YAML, value for value. The OpenAPI library's YAML writer took 6 s on Stripe's spec
/// where its JSON writer took 0.8 s; this turns that JSON into YAML in a single pass over a parsed tree instead.
/// A string is written plain only when no YAML 1.1 or 1.2 reader could take it for anything else (`yes`, `null`,
/// `~`, `012`, `1:20`, `2024-01-01`, a leading indicator such as `*` or `- `); otherwise it is quoted, and a string
/// of several lines is a literal block (`|`), so descriptions read as they were written.
/// </summary>
public static class JsonAsYaml
{
    private const int IndentStep = 2;

    /// <summary>Words that a YAML 1.1 or 1.2 reader resolves to null or a boolean when plain, in any letter case.</summary>
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
    };

    /// <summary>The YAML for <paramref name="json"/>, ending with one newline.</summary>
    public static string Convert(string json)
    {
        // Specs nest deeper than System.Text.Json's default of 64 (inline schemas in inline schemas).
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4096 });
        var yaml = new StringBuilder(json.Length);
        var root = document.RootElement;
        if (IsCollection(root))
        {
            WriteCollection(yaml, root, 0);
        }
        else
        {
            WriteScalar(yaml, root, 0);
            yaml.Append('\n');
        }

        return yaml.ToString();
    }

    private static bool IsCollection(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any() ||
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0;

    /// <summary>
    /// A non-empty object or array whose first entry starts at the current position (the line's indentation is
    /// already written, or a "- " in front of it) and whose other entries start at <paramref name="indent"/>.
    /// </summary>
    private static void WriteCollection(StringBuilder yaml, JsonElement value, int indent)
    {
        var first = true;
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (!first)
                {
                    yaml.Append(' ', indent);
                }

                first = false;
                WriteKey(yaml, property.Name, indent);
                WriteValue(yaml, property.Value, indent);
            }

            return;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (!first)
            {
                yaml.Append(' ', indent);
            }

            first = false;
            yaml.Append("- ");
            if (IsCollection(item))
            {
                WriteCollection(yaml, item, indent + IndentStep);
            }
            else
            {
                WriteScalar(yaml, item, indent);
                yaml.Append('\n');
            }
        }
    }

    /// <summary>The value after "key:", which is at <paramref name="indent"/>.</summary>
    private static void WriteValue(StringBuilder yaml, JsonElement value, int indent)
    {
        if (IsCollection(value))
        {
            yaml.Append('\n').Append(' ', indent + IndentStep);
            WriteCollection(yaml, value, indent + IndentStep);
            return;
        }

        yaml.Append(' ');
        WriteScalar(yaml, value, indent);
        yaml.Append('\n');
    }

    private static void WriteKey(StringBuilder yaml, string key, int indent)
    {
        if (key.Length > 1000)
        {
            // An implicit key may not be longer than 1024 characters, quoted or not: this one is an explicit key ("? ").
            yaml.Append("? ");
            WriteQuoted(yaml, key);
            yaml.Append('\n').Append(' ', indent).Append(':');
            return;
        }

        if (NeedsDoubleQuotes(key) || key.Contains('\n', StringComparison.Ordinal))
        {
            WriteQuoted(yaml, key);
        }
        else if (NeedsQuotes(key))
        {
            WriteSingleQuoted(yaml, key);
        }
        else
        {
            yaml.Append(key);
        }

        yaml.Append(':');
    }

    /// <summary>A scalar, or an empty object or array; a literal block's lines are indented past <paramref name="indent"/>.</summary>
    private static void WriteScalar(StringBuilder yaml, JsonElement value, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                yaml.Append("{}");
                break;
            case JsonValueKind.Array:
                yaml.Append("[]");
                break;
            case JsonValueKind.True:
                yaml.Append("true");
                break;
            case JsonValueKind.False:
                yaml.Append("false");
                break;
            case JsonValueKind.Null:
                yaml.Append("null");
                break;
            case JsonValueKind.Number:
                // A JSON number is a YAML 1.2 number as written (1e5 included); the reader gets the same digits.
                yaml.Append(value.GetRawText());
                break;
            default:
                WriteString(yaml, value.GetString()!, indent);
                break;
        }
    }

    private static void WriteString(StringBuilder yaml, string text, int indent)
    {
        if (NeedsDoubleQuotes(text))
        {
            WriteQuoted(yaml, text);
        }
        else if (text.Contains('\n', StringComparison.Ordinal))
        {
            if (text.AsSpan().Trim('\n').IsWhiteSpace())
            {
                // Nothing but line breaks and spaces: a literal block would read back as fewer of them.
                WriteQuoted(yaml, text);
            }
            else
            {
                WriteLiteral(yaml, text, indent);
            }
        }
        else if (NeedsQuotes(text))
        {
            WriteSingleQuoted(yaml, text);
        }
        else
        {
            yaml.Append(text);
        }
    }

    /// <summary>
    /// `|` keeps the text's lines as they are. The chomping indicator says how many line breaks end it (`-` none,
    /// none for one, `+` more), and an explicit indentation is given when the first line starts with a space or is
    /// empty, since the reader would otherwise take its indentation from that line.
    /// </summary>
    private static void WriteLiteral(StringBuilder yaml, string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        yaml.Append('|');
        if (text[0] is ' ' or '\n')
        {
            yaml.Append(IndentStep);
        }

        yaml.Append(trailing switch { 0 => "-", 1 => "", _ => "+" });
        var body = trailing == 0 ? text : text[..^1];
        foreach (var line in body.Split('\n'))
        {
            yaml.Append('\n');
            if (line.Length > 0)
            {
                yaml.Append(' ', indent + IndentStep).Append(line);
            }
        }
    }

    /// <summary>Characters only a double-quoted string can carry: controls (other than tab and line feed) and YAML 1.1's extra line breaks.</summary>
    private static bool NeedsDoubleQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not '\n' and not '\t' || IsEscaped(c))
            {
                return true;
            }
        }

        return HasLoneSurrogate(text);
    }

    /// <summary>Whether a one-line string read plain would be read as something else, or not read at all.</summary>
    private static bool NeedsQuotes(string text)
    {
        if (text.Length == 0 || ReservedWords.Contains(text))
        {
            return true;
        }

        var first = text[0];
        var last = text[^1];
        // Digits, signs and dots start numbers, dates and YAML 1.1's sexagesimals; the rest are YAML's indicators.
        if (char.IsAsciiDigit(first) || "-+.?:,[]{}#&*!|>'\"%@` \t".Contains(first, StringComparison.Ordinal) || last is ' ' or '\t' or ':')
        {
            return true;
        }

        return text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) ||
            text.Contains(":\t", StringComparison.Ordinal) || text.Contains("\t#", StringComparison.Ordinal);
    }

    private static void WriteSingleQuoted(StringBuilder yaml, string text) =>
        yaml.Append('\'').Append(text.Replace("'", "''", StringComparison.Ordinal)).Append('\'');

    /// <summary>Characters YAML 1.1 reads as line breaks or a byte order mark, and the C1 controls.</summary>
    private static bool IsEscaped(char c) => c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteQuoted(StringBuilder yaml, string text)
    {
        // Half a surrogate pair is no character: the UTF-8 the JSON download is written in carries U+FFFD for it too.
        if (HasLoneSurrogate(text))
        {
            text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        }

        yaml.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    yaml.Append("\\\"");
                    break;
                case '\\':
                    yaml.Append("\\\\");
                    break;
                case '\n':
                    yaml.Append("\\n");
                    break;
                case '\t':
                    yaml.Append("\\t");
                    break;
                case '\r':
                    yaml.Append("\\r");
                    break;
                default:
                    if (c < ' ' || IsEscaped(c))
                    {
                        yaml.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        yaml.Append(c);
                    }

                    break;
            }
        }

        yaml.Append('"');
    }
}
