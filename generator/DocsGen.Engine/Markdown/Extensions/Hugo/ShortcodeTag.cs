using System.Text;
using System.Text.RegularExpressions;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// One Hugo shortcode tag as written: <c>{{&lt; name "positional" key="named" &gt;}}</c>, its <c>{{% %}}</c> form, a
/// closing tag (<c>{{&lt; /name &gt;}}</c>) or a self-closing one (<c>{{&lt; name /&gt;}}</c>). Arguments are quoted
/// ("with \" escapes"), raw (<c>`…`</c>) or bare, and a tag may span lines, as Hugo's own parser allows.
/// </summary>
internal sealed partial record ShortcodeTag(int Start, int End, char Delimiter, string Name, bool IsClosing, bool IsSelfClosing,
    IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Named)
{
    // Hugo gives up on an unclosed tag too; a limit keeps a stray "{{<" from reading the whole page.
    private const int MaxLength = 4000;

    [GeneratedRegex("""\G\s*(?<close>/)?\s*(?<name>[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*)""")]
    private static partial Regex Head();

    [GeneratedRegex("""\G(?<key>[A-Za-z0-9_-]+)=""")]
    private static partial Regex NamedKey();

    /// <summary>The text an argument of this name or position holds, named first.</summary>
    public string? Argument(string name, int position = -1) =>
        Named.TryGetValue(name, out var value) ? value : position >= 0 && position < Positional.Count ? Positional[position] : null;

    /// <summary>Reads the tag that starts at <paramref name="start"/> ("{{&lt;" or "{{%"); null when it never closes.</summary>
    public static ShortcodeTag? Read(string text, int start)
    {
        var delimiter = text[start + 2];
        var closing = delimiter == '<' ? ">}}" : "%}}";
        var head = Head().Match(text, start + 3);
        if (!head.Success)
        {
            return null;
        }

        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = head.Index + head.Length;
        var limit = Math.Min(text.Length, start + MaxLength);
        while (i < limit)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, closing, 0, closing.Length) == 0)
            {
                return new ShortcodeTag(start, i + closing.Length, delimiter, head.Groups["name"].Value, head.Groups["close"].Success, false, positional, named);
            }

            if (text[i] == '/' && SkipSpace(text, i + 1) is var after && string.CompareOrdinal(text, after, closing, 0, closing.Length) == 0)
            {
                return new ShortcodeTag(start, after + closing.Length, delimiter, head.Groups["name"].Value, false, true, positional, named);
            }

            var key = NamedKey().Match(text, i);
            if (key.Success)
            {
                i += key.Length;
            }

            if (ReadValue(text, ref i, closing) is not { } value)
            {
                return null;
            }

            if (key.Success)
            {
                named[key.Groups["key"].Value] = value;
            }
            else
            {
                positional.Add(value);
            }
        }

        return null;
    }

    private static string? ReadValue(string text, ref int i, string closing)
    {
        if (i >= text.Length)
        {
            return null;
        }

        if (text[i] == '`')
        {
            var end = text.IndexOf('`', i + 1);
            if (end < 0)
            {
                return null;
            }

            var raw = text[(i + 1)..end];
            i = end + 1;
            return raw;
        }

        if (text[i] == '"')
        {
            var value = new StringBuilder();
            for (var j = i + 1; j < text.Length; j++)
            {
                if (text[j] == '\\' && j + 1 < text.Length)
                {
                    value.Append(text[++j]);
                }
                else if (text[j] == '"')
                {
                    i = j + 1;
                    return value.ToString();
                }
                else
                {
                    value.Append(text[j]);
                }
            }

            return null;
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && string.CompareOrdinal(text, i, closing, 0, closing.Length) != 0)
        {
            i++;
        }

        return i > start ? text[start..i] : null;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
