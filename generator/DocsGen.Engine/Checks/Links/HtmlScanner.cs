using System.Buffers;
using System.Net;
using System.Text;

namespace DocsGen.Checks.Links;

/// <summary>
/// Finds ids and URLs in output HTML, following the HTML tokenizer's rules for what the checks need:
/// tags and attributes (quoted, unquoted, character references), comments, CDATA, and raw-text
/// elements (script, style, textarea, title) whose content is never markup.
/// Why not AngleSharp's parser: it builds far more than ids and URLs and measured ~4.7 ms for a
/// 40 KB page, which on a 10,000-page site is more than half the build. This scanner reads UTF-8
/// bytes (all markup is ASCII, so byte offsets are safe) and decodes only the values it reports.
/// Tests hold it to AngleSharp's answers.
/// </summary>
internal static class HtmlScanner
{
    private const int MaxStackChars = 512;
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];
    private static readonly string[] TagNames = ["a", "link", "img", "plaintext", .. RawTextElements];
    private static readonly byte[][] TagNameBytes = [.. TagNames.Select(Encoding.ASCII.GetBytes)];
    private static readonly SearchValues<byte> TagNameEnd = SearchValues.Create(" \t\n\r\f/>"u8);
    private static readonly SearchValues<byte> AttributeNameEnd = SearchValues.Create(" \t\n\r\f/>="u8);
    private static readonly SearchValues<byte> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>"u8);

    [Flags]
    private enum Known
    {
        None = 0,
        Id = 1,
        Name = 2,
        Href = 4,
        Src = 8,
    }

    /// <summary>Scans a file's UTF-8 text (see <see cref="HtmlText"/>), reporting ids and URLs as it goes.</summary>
    public static void Scan(ReadOnlySpan<byte> html, IHtmlFindings findings)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0 || i + lt + 1 >= html.Length)
            {
                break;
            }

            lt += i;
            var next = html[lt + 1];
            if (next == '!')
            {
                i = SkipMarkupDeclaration(html, lt);
                continue;
            }

            if (next is (byte)'/' or (byte)'?')
            {
                i = SkipTo(html, '>', lt + 2);
                continue;
            }

            if (!IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }

            var tag = ReadTag(html, lt, findings, out i);
            if (Array.IndexOf(RawTextElements, tag) >= 0)
            {
                i = FindEndTag(html, tag, i);
            }
            else if (tag == "plaintext")
            {
                break;
            }
        }
    }

    /// <summary>Reads "&lt;tag attr=value ...&gt;", reporting the ids and URLs among its attributes.</summary>
    private static string ReadTag(ReadOnlySpan<byte> html, int lt, IHtmlFindings findings, out int end)
    {
        var i = lt + 1;
        var nameLength = html[i..].IndexOfAny(TagNameEnd);
        nameLength = nameLength < 0 ? html.Length - i : nameLength;
        var tag = KnownTag(html.Slice(i, nameLength));
        i += nameLength;
        var urlAttribute = tag switch { "a" or "link" => Known.Href, "img" or "script" => Known.Src, _ => Known.None };
        var seen = Known.None;
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                break;
            }

            var attrStart = i;
            i++; // an attribute name may start with '=' (a parse error that still names an attribute)
            var rest = html[i..].IndexOfAny(AttributeNameEnd);
            i = rest < 0 ? html.Length : i + rest;
            var name = KnownAttribute(html[attrStart..i]);
            var valueAt = i;
            while (valueAt < html.Length && IsSpace(html[valueAt]))
            {
                valueAt++;
            }

            var (valueStart, valueEnd) = (i, i);
            if (valueAt < html.Length && html[valueAt] == '=')
            {
                i = valueAt + 1;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is (byte)'"' or (byte)'\'')
                {
                    var close = html[(i + 1)..].IndexOf(html[i]);
                    close = close < 0 ? html.Length : i + 1 + close;
                    (valueStart, valueEnd) = (i + 1, close);
                    i = Math.Min(close + 1, html.Length);
                }
                else
                {
                    valueStart = i;
                    var stop = html[i..].IndexOfAny(UnquotedValueEnd);
                    i = stop < 0 ? html.Length : i + stop;
                    valueEnd = i;
                }
            }

            // The first of two same-named attributes wins, as in a browser.
            if (name == Known.None || (seen & name) != 0)
            {
                continue;
            }

            seen |= name;
            if (name == Known.Id || (name == Known.Name && tag == "a"))
            {
                Report(html[valueStart..valueEnd], findings, tag: null, attribute: null, lt);
            }
            else if (name == urlAttribute)
            {
                Report(html[valueStart..valueEnd], findings, tag, name == Known.Href ? "href" : "src", lt);
            }
        }

        end = Math.Min(i + 1, html.Length);
        return tag;
    }

    /// <summary>Decodes a value and hands it on: an id when <paramref name="tag"/> is null, else a URL.</summary>
    private static void Report(ReadOnlySpan<byte> raw, IHtmlFindings findings, string? tag, string? attribute, int lt)
    {
        char[]? rented = null;
        var chars = raw.Length <= MaxStackChars ? stackalloc char[MaxStackChars] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        ReadOnlySpan<char> value = chars[..Encoding.UTF8.GetChars(raw, chars)];
        if (value.Contains('&'))
        {
            value = WebUtility.HtmlDecode(value.ToString());
        }

        if (tag is null)
        {
            if (value.Length > 0)
            {
                findings.Id(value);
            }
        }
        else
        {
            findings.Url(tag, attribute!, value.Trim(), lt);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The matching name from the tags the scanner cares about (ASCII case-insensitive), or "" for any other.</summary>
    private static string KnownTag(ReadOnlySpan<byte> name)
    {
        for (var n = 0; n < TagNameBytes.Length; n++)
        {
            if (name.Length == TagNameBytes[n].Length && Ascii.EqualsIgnoreCase(name, TagNameBytes[n]))
            {
                return TagNames[n];
            }
        }

        return "";
    }

    private static Known KnownAttribute(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when Ascii.EqualsIgnoreCase(name, "id"u8) => Known.Id,
        3 when Ascii.EqualsIgnoreCase(name, "src"u8) => Known.Src,
        4 when Ascii.EqualsIgnoreCase(name, "href"u8) => Known.Href,
        4 when Ascii.EqualsIgnoreCase(name, "name"u8) => Known.Name,
        _ => Known.None,
    };

    private static int SkipMarkupDeclaration(ReadOnlySpan<byte> html, int lt)
    {
        if (html[lt..].StartsWith("<!--"u8))
        {
            // "<!-->" and "<!--->" end the comment at once.
            var bodyStart = lt + 4;
            if (bodyStart < html.Length && html[bodyStart] == '>')
            {
                return bodyStart + 1;
            }

            if (bodyStart + 1 < html.Length && html[bodyStart] == '-' && html[bodyStart + 1] == '>')
            {
                return bodyStart + 2;
            }

            var close = html[bodyStart..].IndexOf("-->"u8);
            return close < 0 ? html.Length : bodyStart + close + 3;
        }

        if (html[lt..].StartsWith("<![CDATA["u8))
        {
            var close = html[(lt + 9)..].IndexOf("]]>"u8);
            return close < 0 ? html.Length : lt + 9 + close + 3;
        }

        return SkipTo(html, '>', lt + 2);
    }

    private static int FindEndTag(ReadOnlySpan<byte> html, string tag, int from)
    {
        var i = from;
        while (true)
        {
            var close = html[i..].IndexOf("</"u8);
            if (close < 0)
            {
                return html.Length;
            }

            close += i;
            var after = close + 2 + tag.Length;
            if (after <= html.Length && Ascii.EqualsIgnoreCase(html[(close + 2)..after], tag)
                && (after == html.Length || IsSpace(html[after]) || html[after] is (byte)'/' or (byte)'>'))
            {
                return close;
            }

            i = close + 2;
        }
    }

    private static int SkipTo(ReadOnlySpan<byte> html, char c, int from)
    {
        var at = from < html.Length ? html[from..].IndexOf((byte)c) : -1;
        return at < 0 ? html.Length : from + at + 1;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
