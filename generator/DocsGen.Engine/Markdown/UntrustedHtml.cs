using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DocsGen.Markdown;

/// <summary>
/// HTML from a spec's description (raw HTML written into its Markdown, like Stripe's "&lt;p&gt;" paragraphs),
/// cut down to an allowlist: text formatting, lists, tables, code, links and images with safe URLs.
/// Script, styles, forms, frames, event handlers, ids and classes do not survive; an unknown element
/// leaves its text. The HTML is parsed as a browser would and written back from the tree, so what comes
/// out is balanced and cannot close or open the theme's own elements.
/// </summary>
internal static partial class UntrustedHtml
{
    // Elements kept with their content; attributes as listed (everything else is dropped). SimpleHtml keeps a subset of
    // it, which a test holds it to.
    internal static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["p"] = [],
        ["br"] = [],
        ["hr"] = [],
        ["div"] = [],
        ["span"] = [],
        ["blockquote"] = [],
        ["h1"] = [],
        ["h2"] = [],
        ["h3"] = [],
        ["h4"] = [],
        ["h5"] = [],
        ["h6"] = [],
        ["em"] = [],
        ["strong"] = [],
        ["b"] = [],
        ["i"] = [],
        ["u"] = [],
        ["s"] = [],
        ["del"] = [],
        ["ins"] = [],
        ["sub"] = [],
        ["sup"] = [],
        ["small"] = [],
        ["mark"] = [],
        ["abbr"] = ["title"],
        ["kbd"] = [],
        ["samp"] = [],
        ["var"] = [],
        ["code"] = [],
        ["pre"] = [],
        ["ul"] = [],
        ["ol"] = ["start", "reversed"],
        ["li"] = [],
        ["dl"] = [],
        ["dt"] = [],
        ["dd"] = [],
        ["table"] = [],
        ["caption"] = [],
        ["thead"] = [],
        ["tbody"] = [],
        ["tfoot"] = [],
        ["tr"] = [],
        ["th"] = ["colspan", "rowspan"],
        ["td"] = ["colspan", "rowspan"],
        ["details"] = [],
        ["summary"] = [],
        ["figure"] = [],
        ["figcaption"] = [],
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height"],
        ["input"] = ["type", "checked", "disabled"],
    };

    // Dropped with everything inside: their content is not text meant for the reader.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
        "textarea", "select", "option", "button", "svg", "math", "title", "head", "xmp", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "input", "wbr" };

    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>
    /// Renders a small description once, so the code that renders the specs' descriptions is compiled before they need
    /// it: the build calls this on the core its spec load leaves idle. It goes through the Markdown renderer (whose
    /// pipelines the first description would otherwise build and compile on the model's one thread, before its
    /// parallel loop), the one-pass path and, for the table, the HTML parser (Stripe: ~0.5 s of compiling).
    /// </summary>
    public static void WarmUp() =>
        UntrustedMarkdown.ToHtml("A *warm* `up` with [a link](https://example.com).\n\n<p>Raw <code>HTML</code>.</p>\n<table><tr><td>1</td></tr></table>\n\n- x\n");

    /// <summary>
    /// <paramref name="html"/> cut down to the allowlist: simple HTML in one pass (<see cref="SimpleHtml"/>), anything
    /// else through the browser-like parser.
    /// </summary>
    public static string Clean(string html) => SimpleHtml.TryClean(html) ?? ParseAndWrite(html);

    /// <summary>The parse-and-write round trip: the only path before <see cref="SimpleHtml"/>, and its oracle in the tests.</summary>
    internal static string ParseAndWrite(string html)
    {
        var document = (t_parser ??= new HtmlParser()).ParseDocument(html);
        var output = new StringBuilder(html.Length);
        WriteChildren(document.Body!, output);
        return output.ToString();
    }

    private static void WriteChildren(INode parent, StringBuilder output)
    {
        foreach (var node in parent.ChildNodes)
        {
            switch (node)
            {
                case IText text:
                    AppendEscaped(output, text.Data, quotes: false);
                    break;
                case IElement element:
                    WriteElement(element, output);
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, StringBuilder output)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            return;
        }

        if (!Allowed.TryGetValue(name, out var attributes) || (name == "input" && !IsCheckbox(element)) || (name == "img" && !UntrustedMarkdown.IsSafeUrl(element.GetAttribute("src"))))
        {
            WriteChildren(element, output);
            return;
        }

        output.Append('<').Append(name);
        foreach (var attribute in attributes)
        {
            if (element.GetAttribute(attribute) is { } value)
            {
                if (attribute == "href" && !UntrustedMarkdown.IsSafeUrl(value))
                {
                    value = "#";
                }

                output.Append(' ').Append(attribute).Append("=\"");
                AppendEscaped(output, value, quotes: true);
                output.Append('"');
            }
        }

        // What the Markdown renderer itself writes and the theme styles: footnote links, task lists, code languages, column alignment.
        if (element.GetAttribute("class") is { } classes && MarkdownClass().IsMatch(classes))
        {
            output.Append(" class=\"").Append(classes).Append('"');
        }

        if (element.GetAttribute("id") is { } id && FootnoteId().IsMatch(id))
        {
            output.Append(" id=\"").Append(id).Append('"');
        }

        if (name is "th" or "td" && element.GetAttribute("style") is { } style && TextAlign().IsMatch(style))
        {
            output.Append(" style=\"").Append(style).Append('"');
        }

        output.Append('>');
        if (!Void.Contains(name))
        {
            WriteChildren(element, output);
            output.Append("</").Append(name).Append('>');
        }
    }

    internal static void AppendEscaped(StringBuilder output, string text, bool quotes)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' when quotes => output.Append("&quot;"),
                _ => output.Append(c),
            };
        }
    }

    private static bool IsCheckbox(IElement input) => string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^(footnote-ref|footnote-back-ref|footnotes|task-list-item|contains-task-list|language-[A-Za-z0-9_+#-]+)$")]
    private static partial Regex MarkdownClass();

    [GeneratedRegex("^fn(ref)?:[0-9]+$")]
    private static partial Regex FootnoteId();

    [GeneratedRegex("^text-align: (left|right|center);$")]
    private static partial Regex TextAlign();
}
