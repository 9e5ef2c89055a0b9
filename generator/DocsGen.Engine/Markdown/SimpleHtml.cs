using System.Text;

namespace DocsGen.Markdown;

/// <summary>
/// The fast path of <see cref="UntrustedHtml.Clean"/>: HTML whose tree a browser builds exactly as written, with nothing
/// for the allowlist to drop, is written back in one pass as the parse-and-write round trip would write it. Most spec
/// descriptions with raw HTML are such (Stripe's "&lt;p&gt;" paragraphs with code, links and lists).
/// Anything else returns null and takes the round trip. The rules are deliberately narrow:
/// only allowlisted elements with their allowlisted attributes, double-quoted, each at most once; tags written in lower
/// case with single spaces; every element closed in the order opened; no element whose start a browser treats as
/// closing another (blocks inside a paragraph, heading or inline element, a list item outside a list, a link inside a
/// link); no table (a browser moves stray text out of it), comment, image, form field or other markup; only the
/// character references &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39; and &amp;nbsp;; no carriage return, NUL or other
/// control character but tab and line feed; no white space first (a browser drops it before the body).
/// </summary>
internal static class SimpleHtml
{
    private enum Kind
    {
        // Holds text and inline elements only: a block start inside it would close it.
        Inline,

        // p, headings, pre: hold text and inline elements only.
        TextBlock,

        // div, blockquote, li: hold anything.
        Container,

        // ul, ol: hold list items and white space only.
        List,

        ListItem,
    }

    private readonly record struct Element(Kind Kind, bool IsVoid, string[] Attributes);

    private static readonly string[] None = [];

    private static readonly Dictionary<string, Element> Elements = new(StringComparer.Ordinal)
    {
        ["p"] = new(Kind.TextBlock, false, None),
        ["h1"] = new(Kind.TextBlock, false, None),
        ["h2"] = new(Kind.TextBlock, false, None),
        ["h3"] = new(Kind.TextBlock, false, None),
        ["h4"] = new(Kind.TextBlock, false, None),
        ["h5"] = new(Kind.TextBlock, false, None),
        ["h6"] = new(Kind.TextBlock, false, None),
        ["pre"] = new(Kind.TextBlock, false, None),
        ["div"] = new(Kind.Container, false, None),
        ["blockquote"] = new(Kind.Container, false, None),
        ["hr"] = new(Kind.Container, true, None),
        ["ul"] = new(Kind.List, false, None),
        ["ol"] = new(Kind.List, false, ["start"]),
        ["li"] = new(Kind.ListItem, false, None),
        ["em"] = new(Kind.Inline, false, None),
        ["strong"] = new(Kind.Inline, false, None),
        ["b"] = new(Kind.Inline, false, None),
        ["i"] = new(Kind.Inline, false, None),
        ["u"] = new(Kind.Inline, false, None),
        ["s"] = new(Kind.Inline, false, None),
        ["del"] = new(Kind.Inline, false, None),
        ["ins"] = new(Kind.Inline, false, None),
        ["sub"] = new(Kind.Inline, false, None),
        ["sup"] = new(Kind.Inline, false, None),
        ["small"] = new(Kind.Inline, false, None),
        ["mark"] = new(Kind.Inline, false, None),
        ["kbd"] = new(Kind.Inline, false, None),
        ["samp"] = new(Kind.Inline, false, None),
        ["var"] = new(Kind.Inline, false, None),
        ["code"] = new(Kind.Inline, false, None),
        ["span"] = new(Kind.Inline, false, None),
        ["abbr"] = new(Kind.Inline, false, ["title"]),
        ["a"] = new(Kind.Inline, false, ["href", "title"]),
        ["br"] = new(Kind.Inline, true, None),
    };

    /// <summary>The elements the fast path writes back and the attributes it keeps on each: a subset of <see cref="UntrustedHtml.Allowed"/>.</summary>
    internal static IEnumerable<(string Element, string[] Attributes)> Kept => Elements.Select(e => (e.Key, e.Value.Attributes));

    private static readonly Dictionary<string, Element>.AlternateLookup<ReadOnlySpan<char>> ElementsBySpan = Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    // Deeper than any description needs; the round trip handles the rest.
    private const int MaxDepth = 32;

    /// <summary>The cleaned HTML, or null when <paramref name="html"/> is not simple enough to be sure of it.</summary>
    public static string? TryClean(string html)
    {
        if (html.Length == 0 || IsHtmlWhiteSpace(html[0]))
        {
            return null;
        }

        var output = new StringBuilder(html.Length);
        var open = new List<(string Name, Kind Kind)>();
        var values = new string?[2];
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                i = html.AsSpan(i).StartsWith("</") ? CloseTag(html, i, open, output) : OpenTag(html, i, open, output, values);
                if (i < 0)
                {
                    return null;
                }
            }
            else
            {
                // Between list items only white space: other text would be a list item's in the reader's eyes but not in the tree.
                var parent = open.Count == 0 ? Kind.Container : open[^1].Kind;
                if (parent == Kind.List && html.AsSpan(i).IndexOf('<') is var run && html.AsSpan(i, run < 0 ? html.Length - i : run).ContainsAnyExcept(" \t\n"))
                {
                    return null;
                }

                i = Text(html, i, output, quotes: false, stop: '<');
                if (i < 0)
                {
                    return null;
                }
            }
        }

        return open.Count == 0 ? output.ToString() : null;
    }

    // Returns the index after the tag, or -1 to decline.
    private static int OpenTag(string html, int start, List<(string Name, Kind Kind)> open, StringBuilder output, string?[] values)
    {
        var i = start + 1;
        var nameEnd = i;
        while (nameEnd < html.Length && (char.IsAsciiLetterLower(html[nameEnd]) || char.IsAsciiDigit(html[nameEnd])))
        {
            nameEnd++;
        }

        if (nameEnd == i || nameEnd == html.Length || !ElementsBySpan.TryGetValue(html.AsSpan(i, nameEnd - i), out var name, out var element))
        {
            return -1;
        }

        var parent = open.Count == 0 ? Kind.Container : open[^1].Kind;
        var fits = element.Kind switch
        {
            Kind.Inline => parent is not Kind.List && (name != "a" || !open.Exists(e => e.Name == "a")),
            Kind.ListItem => parent is Kind.List,
            _ => parent is Kind.Container or Kind.ListItem,
        };
        if (!fits || open.Count >= MaxDepth)
        {
            return -1;
        }

        Array.Clear(values);
        i = nameEnd;
        while (html[i] == ' ' && !(element.IsVoid && html.AsSpan(i).StartsWith(" />")))
        {
            i = Attribute(html, i + 1, element.Attributes, values);
            if (i < 0 || i >= html.Length)
            {
                return -1;
            }
        }

        // <br>, <br/> and <br /> are the same element; on any other element a browser ignores the slash.
        if (element.IsVoid && html.AsSpan(i).StartsWith(" />"))
        {
            i += 2;
        }
        else if (element.IsVoid && html.AsSpan(i).StartsWith("/>"))
        {
            i++;
        }

        if (html[i] != '>')
        {
            return -1;
        }

        i++;

        // A browser drops the line feed right after <pre>.
        if (name == "pre" && i < html.Length && html[i] == '\n')
        {
            return -1;
        }

        output.Append('<').Append(name);
        for (var a = 0; a < element.Attributes.Length; a++)
        {
            if (values[a] is { } value)
            {
                var attribute = element.Attributes[a];
                if (attribute == "href" && !UntrustedMarkdown.IsSafeUrl(value))
                {
                    value = "#";
                }

                output.Append(' ').Append(attribute).Append("=\"");
                UntrustedHtml.AppendEscaped(output, value, quotes: true);
                output.Append('"');
            }
        }

        output.Append('>');
        if (!element.IsVoid)
        {
            open.Add((name, element.Kind));
        }

        return i;
    }

    // One name="value" pair starting at i; its decoded value goes to values at the attribute's place in the allowlist.
    private static int Attribute(string html, int i, string[] allowed, string?[] values)
    {
        var nameEnd = i;
        while (nameEnd < html.Length && char.IsAsciiLetterLower(html[nameEnd]))
        {
            nameEnd++;
        }

        var index = Array.IndexOf(allowed, html[i..nameEnd]);
        if (index < 0 || values[index] is not null || !html.AsSpan(nameEnd).StartsWith("=\""))
        {
            return -1;
        }

        var value = new StringBuilder();
        var end = Text(html, nameEnd + 2, value, quotes: true, stop: '"');
        if (end < 0 || end >= html.Length)
        {
            return -1;
        }

        values[index] = value.ToString();
        return end + 1;
    }

    private static int CloseTag(string html, int start, List<(string Name, Kind Kind)> open, StringBuilder output)
    {
        if (open.Count == 0)
        {
            return -1;
        }

        var name = open[^1].Name;
        var i = start + 2;
        if (!html.AsSpan(i).StartsWith(name) || i + name.Length >= html.Length || html[i + name.Length] != '>')
        {
            return -1;
        }

        open.RemoveAt(open.Count - 1);
        output.Append("</").Append(name).Append('>');
        return i + name.Length + 1;
    }

    /// <summary>
    /// Text from <paramref name="i"/> up to <paramref name="stop"/> or the end. In text (not <paramref name="quotes"/>)
    /// it goes to output escaped as the round trip escapes it; in an attribute value, decoded (escaped when written).
    /// </summary>
    private static int Text(string html, int i, StringBuilder output, bool quotes, char stop)
    {
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (c == stop)
            {
                return i;
            }

            switch (c)
            {
                case '&':
                    var reference = html.AsSpan(i);
                    var (length, decoded) = reference switch
                    {
                        _ when reference.StartsWith("&amp;") => (5, '&'),
                        _ when reference.StartsWith("&lt;") => (4, '<'),
                        _ when reference.StartsWith("&gt;") => (4, '>'),
                        _ when reference.StartsWith("&quot;") => (6, '"'),
                        _ when reference.StartsWith("&#39;") => (5, '\''),
                        _ when reference.StartsWith("&nbsp;") => (6, '\u00a0'),
                        _ => (0, '\0'),
                    };
                    if (length == 0)
                    {
                        return -1;
                    }

                    if (quotes)
                    {
                        output.Append(decoded);
                    }
                    else
                    {
                        _ = decoded switch
                        {
                            '&' => output.Append("&amp;"),
                            '<' => output.Append("&lt;"),
                            '>' => output.Append("&gt;"),
                            _ => output.Append(decoded),
                        };
                    }

                    i += length - 1;
                    break;
                case '<' or '"':
                    // '<' inside an attribute value, '"' is written as is in text.
                    if (quotes)
                    {
                        return -1;
                    }

                    output.Append(c);
                    break;
                case '>':
                    _ = quotes ? output.Append(c) : output.Append("&gt;");
                    break;
                case '\t' or '\n':
                    output.Append(c);
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c))
                    {
                        return -1;
                    }

                    output.Append(c);
                    break;
            }
        }

        return i;
    }

    private static bool IsHtmlWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
