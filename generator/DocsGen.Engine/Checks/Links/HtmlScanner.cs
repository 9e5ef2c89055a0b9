using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace DocsGen.Checks.Links;

/// <summary>
/// Finds ids and URLs in output HTML, following the HTML tokenizer's rules for what the checks need:
/// tags and attributes (quoted, unquoted, character references), comments, CDATA, and raw-text
/// elements (script, style, textarea, title) whose content is never markup.
/// Why not AngleSharp's parser: it builds far more than ids and URLs and measured ~4.7 ms for a
/// 40 KB page, which on a 10,000-page site is more than half the build. This scanner reads UTF-8
/// bytes (all markup is ASCII, so byte offsets are safe) and hands on values undecoded: the finder
/// decodes (<see cref="AttributeValue"/>) only what it has not seen before.
/// Tests hold it to AngleSharp's answers.
/// </summary>
internal static class HtmlScanner
{
    // The tags the scanner cares about, known by index: raw-text elements (whose content is never markup) last.
    private const int OtherTag = -1;
    private const int A = 0;
    private const int Link = 1;
    private const int Img = 2;
    private const int Plaintext = 3;
    private const int Script = 4;
    private const int FirstRawText = Script;
    private static readonly string[] TagNames = ["a", "link", "img", "plaintext", "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];
    private static readonly byte[][] TagNameBytes = [.. TagNames.Select(Encoding.ASCII.GetBytes)];
    private static readonly ulong[] PackedTagNames = [.. TagNameBytes.Select(name => Packed(name))];
    private static readonly ulong PackedId = Packed("id"u8);
    private static readonly ulong PackedSrc = Packed("src"u8);
    private static readonly ulong PackedHref = Packed("href"u8);
    private static readonly ulong PackedName = Packed("name"u8);
    private static readonly bool[] TagNameEnd = ByteSet(" \t\n\r\f/>"u8);
    private static readonly bool[] AttributeNameEnd = ByteSet(" \t\n\r\f/>="u8);
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
    // Runs once per check over every byte of the site: compiled fully optimized at once, since tiered
    // compilation would run much of a single check on unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            if (tag >= FirstRawText)
            {
                i = FindEndTag(html, TagNameBytes[tag], i);
            }
            else if (tag == Plaintext)
            {
                break;
            }
        }
    }

    /// <summary>Reads "&lt;tag attr=value ...&gt;", reporting the ids and URLs among its attributes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadTag(ReadOnlySpan<byte> html, int lt, IHtmlFindings findings, out int end)
    {
        var i = lt + 1;
        var nameEnd = EndOfName(html, i, TagNameEnd);
        var tag = KnownTag(html[i..nameEnd]);
        i = nameEnd;
        var urlAttribute = tag switch { A or Link => Known.Href, Img or Script => Known.Src, _ => Known.None };
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
            // An attribute name may start with '=' (a parse error that still names an attribute).
            i = EndOfName(html, i + 1, AttributeNameEnd);
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
            if (name == Known.Id || (name == Known.Name && tag == A))
            {
                findings.Id(html[valueStart..valueEnd]);
            }
            else if (name == urlAttribute)
            {
                findings.Url(tag switch { A => UrlAttribute.AHref, Link => UrlAttribute.LinkHref, Img => UrlAttribute.ImgSrc, _ => UrlAttribute.ScriptSrc },
                    html[valueStart..valueEnd], lt);
            }
        }

        end = Math.Min(i + 1, html.Length);
        return tag;
    }

    /// <summary>The index in <see cref="TagNames"/> of a tag name (ASCII case-insensitive), or <see cref="OtherTag"/>.</summary>
    // Every tag of every page comes here: one 8-byte comparison per known name, not a byte-wise one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int KnownTag(ReadOnlySpan<byte> name)
    {
        // Most tags (div, span, li, code...) are turned away by their first letter alone.
        if (name.Length is < 1 or > 9 || (name[0] | 0x20) is not ((byte)'a' or (byte)'l' or (byte)'i' or (byte)'p' or (byte)'s' or (byte)'t' or (byte)'x' or (byte)'n'))
        {
            return OtherTag;
        }

        var packed = Packed(name);
        for (var n = 0; n < PackedTagNames.Length; n++)
        {
            if (PackedTagNames[n] == packed && TagNameBytes[n].Length == name.Length
                && (name.Length <= sizeof(ulong) || (name[sizeof(ulong)] | 0x20) == TagNameBytes[n][sizeof(ulong)]))
            {
                return n;
            }
        }

        return OtherTag;
    }

    private static Known KnownAttribute(ReadOnlySpan<byte> name)
    {
        if (name.Length is < 2 or > 4)
        {
            return Known.None;
        }

        var packed = Packed(name);
        return packed == PackedId ? Known.Id
            : packed == PackedSrc ? Known.Src
            : packed == PackedHref ? Known.Href
            : packed == PackedName ? Known.Name
            : Known.None;
    }

    /// <summary>
    /// A name's first 8 bytes, ASCII-lowercased, in one number (zero bytes past its end). Setting bit 0x20
    /// turns a byte into a lowercase letter only when it was an ASCII letter, so no other name can match a tag's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Packed(ReadOnlySpan<byte> name)
    {
        if (name.Length >= sizeof(ulong))
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(name) | 0x2020202020202020UL;
        }

        var packed = 0UL;
        for (var i = 0; i < name.Length; i++)
        {
            packed |= (ulong)(name[i] | 0x20) << (8 * i);
        }

        return packed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindEndTag(ReadOnlySpan<byte> html, ReadOnlySpan<byte> tag, int from)
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

    /// <summary>Where a tag or attribute name that starts at <paramref name="from"/> ends.</summary>
    // Names are a few bytes long: a plain loop finds their end sooner than a vectorized search gets going.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfName(ReadOnlySpan<byte> html, int from, ReadOnlySpan<bool> end)
    {
        var i = from;
        while (i < html.Length && !end[html[i]])
        {
            i++;
        }

        return i;
    }

    private static bool[] ByteSet(ReadOnlySpan<byte> members)
    {
        var set = new bool[256];
        foreach (var b in members)
        {
            set[b] = true;
        }

        return set;
    }

    private static int SkipTo(ReadOnlySpan<byte> html, char c, int from)
    {
        var at = from < html.Length ? html[from..].IndexOf((byte)c) : -1;
        return at < 0 ? html.Length : from + at + 1;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
