using System.Net;
using System.Text;

namespace DocsGen.Tests.Highlighting;

/// <summary>Reads highlighter output back: its tokens, and the text it stands for.</summary>
internal static class HighlightedHtml
{
    public static readonly string[] TokenClasses =
    [
        "tok-kw", "tok-str", "tok-num", "tok-com", "tok-key", "tok-fn", "tok-op",
        "tok-var", "tok-type", "tok-lit", "tok-attr", "tok-tag", "tok-meta",
    ];

    private const string SpanOpen = "<span class=\"";
    private const string SpanClose = "</span>";

    /// <summary>The (class, decoded text) of every span, in order.</summary>
    public static List<(string Class, string Text)> Tokens(string html)
    {
        var tokens = new List<(string, string)>();
        var i = 0;
        while ((i = html.IndexOf(SpanOpen, i, StringComparison.Ordinal)) >= 0)
        {
            var classEnd = html.IndexOf('"', i + SpanOpen.Length);
            var textStart = classEnd + 2;
            var textEnd = html.IndexOf(SpanClose, textStart, StringComparison.Ordinal);
            tokens.Add((html[(i + SpanOpen.Length)..classEnd], WebUtility.HtmlDecode(html[textStart..textEnd])));
            i = textEnd + SpanClose.Length;
        }

        return tokens;
    }

    /// <summary>The HTML with every span tag removed (their text kept).</summary>
    public static string WithoutSpans(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html.AsSpan(i).StartsWith(SpanOpen))
            {
                i = html.IndexOf('>', i) + 1;
            }
            else if (html.AsSpan(i).StartsWith(SpanClose))
            {
                i += SpanClose.Length;
            }
            else
            {
                text.Append(html[i++]);
            }
        }

        return text.ToString();
    }

    /// <summary>The classes of the spans whose text is exactly <paramref name="text"/>.</summary>
    public static string[] ClassesOf(string html, string text) =>
        Tokens(html).Where(t => t.Text == text).Select(t => t.Class).Distinct().ToArray();

    /// <summary>
    /// Checks the highlighter's contract and returns a problem description, or null: spans are
    /// well formed, flat and of known classes; outside the tags no raw '&lt;' or '&gt;' (quotes are
    /// fine in element text, which is the only place highlighted code goes); removing
    /// the tags and unescaping gives back exactly <paramref name="code"/>.
    /// </summary>
    public static string? ContractViolation(string code, string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        var inSpan = false;
        while (i < html.Length)
        {
            if (html.AsSpan(i).StartsWith(SpanOpen))
            {
                if (inSpan)
                {
                    return $"nested span at {i}";
                }

                var classEnd = html.IndexOf("\">", i + SpanOpen.Length, StringComparison.Ordinal);
                var cls = classEnd < 0 ? "" : html[(i + SpanOpen.Length)..classEnd];
                if (!TokenClasses.Contains(cls))
                {
                    return $"unknown token class '{cls}' at {i}";
                }

                inSpan = true;
                i = classEnd + 2;
            }
            else if (html.AsSpan(i).StartsWith(SpanClose))
            {
                if (!inSpan)
                {
                    return $"unmatched </span> at {i}";
                }

                inSpan = false;
                i += SpanClose.Length;
            }
            else if (html[i] is '<' or '>')
            {
                return $"raw '{html[i]}' at {i}";
            }
            else
            {
                text.Append(html[i++]);
            }
        }

        if (inSpan)
        {
            return "unclosed span at the end";
        }

        var decoded = WebUtility.HtmlDecode(text.ToString());
        if (decoded == code)
        {
            return null;
        }

        var diff = 0;
        while (diff < Math.Min(decoded.Length, code.Length) && decoded[diff] == code[diff])
        {
            diff++;
        }

        return $"text differs from the input at character {diff}";
    }
}
