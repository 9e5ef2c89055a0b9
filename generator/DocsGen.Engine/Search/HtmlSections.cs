using System.Net;
using System.Text;

namespace DocsGen.Search;

/// <summary>A part of a rendered guide: the text before the first h2/h3, or one h2/h3 heading and the text under it.</summary>
/// <param name="Id">The heading's id (the deep-link anchor); null for the introduction.</param>
internal sealed record HtmlSection(int Level, string? Id, string Heading, string Text);

/// <summary>
/// Reads the text of the HTML the Markdown stage rendered, split at h2/h3 headings. A small scanner
/// rather than a DOM: the engine wrote this HTML, and a 10,000-page site reads it in milliseconds.
/// Code blocks (&lt;pre&gt;) and the headings' "#" self-links are left out.
/// </summary>
internal static class HtmlSections
{
    /// <summary>The thread's text and heading builders: one chunk each, reused page after page (see <see cref="Split"/>).</summary>
    [ThreadStatic]
    private static (StringBuilder Text, StringBuilder Heading)? _builders;

    /// <summary>Receives each section of <see cref="Split{TSink}"/>, its text in a buffer valid only during the call.</summary>
    public interface ISectionSink
    {
        void Section(int level, string? id, string heading, ReadOnlySpan<char> text);
    }

    /// <summary>The sections of <paramref name="html"/>, each text a string.</summary>
    public static List<HtmlSection> Split(string html)
    {
        var sections = new SectionList([]);
        Split(html, ref sections);
        return sections.Sections;
    }

    /// <remarks>
    /// The search index splits every guide of the site on the threads that also render pages: the builders are the
    /// thread's, made as large as the page so that clearing one between sections keeps its single chunk instead of
    /// allocating a new one, and a section's text is cleaned from the builder into the thread's buffer, which the sink
    /// reads (the index counts its terms there, without a string of it).
    /// </remarks>
    public static void Split<TSink>(string html, ref TSink sink)
        where TSink : struct, ISectionSink
    {
        var (text, heading) = _builders ??= (new StringBuilder(), new StringBuilder());
        text.Clear();
        heading.Clear();
        if (text.Capacity < html.Length)
        {
            text.Capacity = html.Length;
        }

        (int Level, string? Id) current = (0, null);
        var inHeading = false;
        var skipDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i && skipDepth == 0)
            {
                (inHeading ? heading : text).Append(html, i, end - i);
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                break;
            }

            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            i = gt + 1;
            var closing = tag.Length > 0 && tag[0] == '/';
            var kind = KindOf(closing ? tag[1..] : tag);
            if (kind is TagKind.Pre || (kind is TagKind.A && !closing && tag.Contains("class=\"anchor\"", StringComparison.Ordinal)))
            {
                skipDepth += closing ? -1 : 1;
                skipDepth = Math.Max(0, skipDepth);
                continue;
            }

            if (kind is TagKind.A && closing && skipDepth > 0)
            {
                skipDepth--;
                continue;
            }

            if (kind is TagKind.H2 or TagKind.H3)
            {
                if (!closing)
                {
                    Flush(text, heading, current.Level, current.Id, ref sink);
                    current = (kind is TagKind.H2 ? 2 : 3, Attribute(tag, "id"));
                    inHeading = true;
                }
                else
                {
                    inHeading = false;
                }

                continue;
            }

            // Block ends become spaces so words of adjacent paragraphs and cells never run together.
            if (skipDepth == 0 && kind is TagKind.Block)
            {
                (inHeading ? heading : text).Append(' ');
            }
        }

        Flush(text, heading, current.Level, current.Id, ref sink);
    }

    /// <summary>Hands the section read so far to the sink (the introduction only when it has text) and clears the builders.</summary>
    private static void Flush<TSink>(StringBuilder text, StringBuilder heading, int level, string? id, ref TSink sink)
        where TSink : struct, ISectionSink
    {
        var title = Clean(heading);
        var body = CleanedText(text);
        if (level > 0 || body.Length > 0)
        {
            sink.Section(level, id, title, body);
        }

        text.Clear();
        heading.Clear();
    }

    private readonly struct SectionList(List<HtmlSection> sections) : ISectionSink
    {
        public List<HtmlSection> Sections => sections;

        public void Section(int level, string? id, string heading, ReadOnlySpan<char> text) =>
            sections.Add(new HtmlSection(level, id, heading, text.ToString()));
    }

    /// <summary>The text of the first paragraph, or null when the HTML has none before its first heading.</summary>
    public static string? FirstParagraph(string html)
    {
        var start = html.IndexOf("<p>", StringComparison.Ordinal);
        var heading = html.IndexOf("<h2", StringComparison.Ordinal);
        if (start < 0 || (heading >= 0 && heading < start))
        {
            return null;
        }

        var end = html.IndexOf("</p>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var text = Clean(StripTags(html.AsSpan(start + 3, end - start - 3)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The text of an HTML fragment (a description the OpenAPI stage rendered), tags removed, entities decoded.</summary>
    public static string PlainText(string html) => html.Length == 0 ? "" : Clean(StripTags(html.Replace("</p>", " </p>", StringComparison.Ordinal)));

    /// <summary>Collapses whitespace and decodes entities.</summary>
    public static string Clean(string text) => Clean(text.AsSpan());

    /// <summary><see cref="Clean(string)"/> of a builder's text, without a copy of it when the text has no entity.</summary>
    private static string Clean(StringBuilder text) => text.Length == 0 ? "" : Clean(SingleChunk(text));

    /// <summary>
    /// <see cref="Clean(StringBuilder)"/> into the thread's buffer, valid until the thread's next call: a section's text
    /// is the bulk of a guide, and the index reads it once.
    /// </summary>
    private static ReadOnlySpan<char> CleanedText(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var raw = SingleChunk(text);
        if (raw.Contains('&'))
        {
            // Entities are rare in prose: decoded on a string, as they always were.
            raw = WebUtility.HtmlDecode(raw.ToString());
        }

        if (_cleaned is null || _cleaned.Length < raw.Length)
        {
            _cleaned = new char[Math.Max(raw.Length, 2 * (_cleaned?.Length ?? 0))];
        }

        return _cleaned.AsSpan(0, Collapse(raw, _cleaned));
    }

    /// <summary>The thread's buffer of <see cref="CleanedText"/>.</summary>
    [ThreadStatic]
    private static char[]? _cleaned;

    /// <summary>The builder's text: its one chunk (the builder is made as large as the page), or a copy when a caller's text outgrew it.</summary>
    private static ReadOnlySpan<char> SingleChunk(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length == text.Length)
            {
                return chunk.Span;
            }
        }

        return text.ToString();
    }

    private static string Clean(ReadOnlySpan<char> text)
    {
        if (text.Contains('&'))
        {
            // Entities are rare in prose: decoded on a string, as they always were.
            text = WebUtility.HtmlDecode(text.ToString());
        }

        char[]? rented = null;
        Span<char> cleaned = text.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var result = cleaned[..Collapse(text, cleaned)].ToString();
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="cleaned"/> with each run of white space one space, none at either end; answers the length.</summary>
    private static int Collapse(ReadOnlySpan<char> text, Span<char> cleaned)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                cleaned[length++] = ' ';
                space = false;
            }

            cleaned[length++] = c;
        }

        return length;
    }

    /// <summary>
    /// The first sentence of <paramref name="text"/>: up to the first ".", "!" or "?" that ends a word and is
    /// followed by a space, unless the word is an abbreviation ("e.g.", "i.e.", "etc.", "vs."); else the whole text.
    /// </summary>
    public static string FirstSentence(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]) && !IsAbbreviation(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = text.LastIndexOf(' ', period) + 1;
        var word = text.AsSpan(start, period - start);
        return word.Contains('.') || word is "etc" or "vs" or "approx" or "incl";
    }

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : Shorten(text.AsSpan(), max);

    /// <inheritdoc cref="Shorten(string, int)"/>
    public static string Shorten(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.ToString();
        }

        var cut = text[..max].LastIndexOf(' ');
        return string.Concat(text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(",;:. "), "…");
    }

    private static string StripTags(ReadOnlySpan<char> html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>What the scanner does with a tag, by its name.</summary>
    private enum TagKind
    {
        /// <summary>Passed over.</summary>
        Other,

        /// <summary>A code block: left out.</summary>
        Pre,

        /// <summary>A link: left out when it is a heading's "#" self-link.</summary>
        A,

        /// <summary>A heading that starts a section.</summary>
        H2,

        H3,

        /// <summary>An element whose end separates words.</summary>
        Block,
    }

    /// <summary>The longest name <see cref="KindOf"/> knows ("blockquote").</summary>
    private const int LongestKnownName = 10;

    /// <summary>
    /// The kind of the tag whose text (after "&lt;" or "&lt;/") is <paramref name="tag"/>: its name is read up to the
    /// first character that is no ASCII letter or digit, in any case. A switch over the lower-cased name rather than a
    /// set lookup: the scanner reads every tag of every guide, about 5 million on a 10,000-page site.
    /// </summary>
    private static TagKind KindOf(ReadOnlySpan<char> tag)
    {
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length]))
        {
            length++;
        }

        if (length is 0 or > LongestKnownName)
        {
            return TagKind.Other;
        }

        Span<char> lower = stackalloc char[LongestKnownName];
        for (var i = 0; i < length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(tag[i]) ? (char)(tag[i] | 0x20) : tag[i];
        }

        return lower[..length] switch
        {
            "pre" => TagKind.Pre,
            "a" => TagKind.A,
            "h2" => TagKind.H2,
            "h3" => TagKind.H3,
            "p" or "li" or "td" or "th" or "tr" or "div" or "br" or "h1" or "h4" or "h5" or "h6" or "blockquote" or "aside" or "dt"
                or "dd" or "ul" or "ol" or "table" or "hr" or "summary" or "details" or "section" => TagKind.Block,
            _ => TagKind.Other,
        };
    }

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var key = " " + name + "=\"";
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + key.Length)..];
        var close = rest.IndexOf('"');
        return close < 0 ? null : WebUtility.HtmlDecode(rest[..close].ToString());
    }
}
