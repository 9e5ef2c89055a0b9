using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// Hugo's built-in shortcodes, written as the Markdown (or HTML) that renders as Hugo renders them, so links, images
/// and code go through the same stages as the page's own: <c>highlight</c> is a fenced code block (its options are
/// Hugo's display settings and are dropped), <c>figure</c> a Markdig figure around a Markdown image, <c>details</c>
/// details/summary, <c>param</c> the page's parameter (else the site's, from docsgen.yml's <c>params</c>), <c>comment</c> nothing, and <c>ref</c>/<c>relref</c> in a link's
/// target a <see cref="HugoRef"/> the link resolver finds like any link. Every value from the page is escaped.
/// </summary>
internal sealed partial class BuiltInShortcodes(GuideSource source, IReadOnlyDictionary<string, string> siteParams, MappedText output, DiagnosticBag diagnostics)
{
    private int _openDetails;

    [GeneratedRegex("""(?:\]\(<?|^[ \t]*\[[^\]\n]+\]:[ \t]*<?)$""")]
    private static partial Regex LinkTargetBefore();

    /// <summary>Writes what <paramref name="tag"/> renders to and returns where the page's text goes on; null when it is not a built-in rendered here.</summary>
    public int? Render(ShortcodeTag tag)
    {
        if (tag.IsClosing)
        {
            return tag.Name == "details" && _openDetails > 0 ? CloseDetails(tag) : null;
        }

        return tag.Name switch
        {
            "highlight" => Highlight(tag),
            "figure" => Figure(tag),
            "details" => Details(tag),
            "param" => Param(tag),
            "comment" => Comment(tag),
            "ref" or "relref" => Ref(tag),
            _ => null,
        };
    }

    private int Highlight(ShortcodeTag tag)
    {
        if (Closing(tag) is not { } close)
        {
            return Unrendered(tag, $"Close it with {{{{{tag.Delimiter} /highlight {Other(tag.Delimiter)}}}}} after the code.");
        }

        var text = source.Text;
        var code = text[tag.End..close.Start];
        var language = tag.Argument("lang", 0) is { } lang && IsWord(lang) ? lang : "";
        if (!code.Contains('\n'))
        {
            // hl_inline: code in the line of text.
            var ticks = new string('`', LongestRun(code, '`') + 1);
            output.Insert($"{ticks} {code} {ticks}", tag.Start);
            return close.End;
        }

        var indent = Indent(tag.Start);
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        output.NewLine(tag.Start);
        output.Insert(indent + fence + language + "\n", tag.Start);
        var from = tag.End;
        var firstBreak = text.IndexOf('\n', from);
        if (text.AsSpan(from, firstBreak - from).IsWhiteSpace())
        {
            from = firstBreak + 1;
        }

        var to = close.Start;
        var lastBreak = text.LastIndexOf('\n', to - 1);
        if (lastBreak >= from && text.AsSpan(lastBreak + 1, to - lastBreak - 1).IsWhiteSpace())
        {
            to = lastBreak + 1;
        }

        output.Copy(from, to);
        output.NewLine(close.Start);
        output.Insert(indent + fence, close.Start);
        if (!RestOfLineIsBlank(close.End))
        {
            output.Insert("\n", close.Start);
        }

        return close.End;
    }

    private int Figure(ShortcodeTag tag)
    {
        if (tag.Argument("src") is not { Length: > 0 } src)
        {
            return Unrendered(tag, "Give the figure its image: src=\"images/name.png\".");
        }

        var link = tag.Argument("link") is { Length: > 0 } l ? l : null;
        if (!IsSafeUrl(src) || (link is not null && !IsSafeUrl(link)))
        {
            return Unrendered(tag, "A figure's src and link are a path of the site or an http(s) URL.");
        }

        var image = $"![{Inline(tag.Argument("alt") ?? "")}](<{Destination(src)}>)";
        if (link is not null)
        {
            image = $"[{image}](<{Destination(link)}>)";
        }

        if (!AloneOnItsLines(tag))
        {
            output.Insert(image, tag.Start);
            return tag.End;
        }

        // Hugo's figcaption holds the title as a heading and the caption as Markdown; a Markdig figure's caption is one line.
        var title = tag.Argument("title") is { Length: > 0 } t ? $"**{Inline(t)}**" : "";
        // The caption is Markdown, as Hugo's is, but not HTML: an entity for '<' keeps any tag as text.
        var caption = tag.Argument("caption") is { Length: > 0 } c ? OneLine(c).Replace("<", "&lt;", StringComparison.Ordinal) : "";
        var captionLine = string.Join(" ", new[] { title, caption }.Where(s => s.Length > 0));
        output.BlankLineBefore(tag.Start);
        output.Insert($"^^^\n{image}\n^^^{(captionLine.Length > 0 ? " " + captionLine : "")}", tag.Start);
        return tag.End;
    }

    private int Details(ShortcodeTag tag)
    {
        if (Closing(tag) is null)
        {
            return Unrendered(tag, $"Close it with {{{{{tag.Delimiter} /details {Other(tag.Delimiter)}}}}} after its content.");
        }

        var summary = WebUtility.HtmlEncode(OneLine(tag.Argument("summary") ?? "Details"));
        var open = tag.Argument("open") is "true" ? " open" : "";
        output.BlankLineBefore(tag.Start);
        // An HTML block ends at a blank line: the content after it is Markdown again.
        output.Insert($"<details{open}><summary>{summary}</summary>\n", tag.Start);
        if (!RestOfLineIsBlank(tag.End) || !NextLineIsBlank(tag.End))
        {
            output.Insert("\n", tag.Start);
        }

        _openDetails++;
        return SkipRestOfLineBreak(tag.End);
    }

    private int CloseDetails(ShortcodeTag tag)
    {
        _openDetails--;
        output.BlankLineBefore(tag.Start);
        output.Insert("</details>", tag.Start);
        if (RestOfLineIsBlank(tag.End) && !NextLineIsBlank(tag.End) && source.Text.IndexOf('\n', tag.End) >= 0)
        {
            output.Insert("\n", tag.Start);
        }

        return tag.End;
    }

    private int Param(ShortcodeTag tag)
    {
        var name = tag.Argument("name", 0) ?? "";
        // As Hugo: the page's own value first, then the site's.
        if (source.FrontMatter.Params.TryGetValue(name, out var value) || siteParams.TryGetValue(name, out value))
        {
            output.Insert(Inline(OneLine(value)), tag.Start);
            return tag.End;
        }

        diagnostics.Warning(DiagnosticCodes.HugoParamMissing, $"Hugo param '{name}' is set neither in this page's front matter nor in docsgen.yml's params; the shortcode is shown as text.", output.At(tag.Start),
            "Set it under params in the page's front matter or in docsgen.yml (docsgen import copies hugo.toml's [params] there), or write the value.");
        output.Copy(tag.Start, tag.End);
        return tag.End;
    }

    /// <summary>Hugo's comment shortcode hides what it holds.</summary>
    private int Comment(ShortcodeTag tag) => tag.IsSelfClosing ? tag.End : Closing(tag) is { } close ? Hidden(close.End) : Unrendered(tag, "Close it with {{% /comment %}}.");

    private int Hidden(int end)
    {
        // Nothing is written: the lines it held map to nothing, and the text after it keeps its own.
        output.Insert("", end);
        return end;
    }

    private int Ref(ShortcodeTag tag)
    {
        var path = tag.Argument("path", 0);
        var lineStart = source.Text.LastIndexOf('\n', Math.Max(0, tag.Start - 1)) + 1;
        if (path is null || !LinkTargetBefore().IsMatch(source.Text.AsSpan(lineStart, tag.Start - lineStart).ToString()))
        {
            return Unrendered(tag, $"DocsGen renders {tag.Name} as a Markdown link's target, where it finds the page like any link: [text]({{{{< {tag.Name} \"page.md\" >}}}}).");
        }

        output.Insert(HugoRef.Target(path), tag.Start);
        return tag.End;
    }

    private int Unrendered(ShortcodeTag tag, string hint)
    {
        HugoShortcodes.Report(output, tag.Start, tag.Delimiter, tag.Name, diagnostics, hint);
        output.Copy(tag.Start, tag.End);
        return tag.End;
    }

    /// <summary>The closing tag of <paramref name="tag"/> (the same name; the same kind nested in it is skipped).</summary>
    private ShortcodeTag? Closing(ShortcodeTag tag)
    {
        var text = source.Text;
        var depth = 0;
        for (var at = text.IndexOf("{{", tag.End, StringComparison.Ordinal); at >= 0 && at + 2 < text.Length; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
        {
            if (text[at + 2] is not ('<' or '%') || ShortcodeTag.Read(text, at) is not { } other || other.Name != tag.Name)
            {
                continue;
            }

            if (!other.IsClosing && !other.IsSelfClosing)
            {
                depth++;
            }
            else if (other.IsClosing && depth-- == 0)
            {
                return other;
            }
        }

        return null;
    }

    private string Indent(int index)
    {
        var lineStart = source.Text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var before = source.Text[lineStart..index];
        return before.Trim().Length == 0 ? before : "";
    }

    private bool AloneOnItsLines(ShortcodeTag tag) => Indent(tag.Start).Length == tag.Start - (source.Text.LastIndexOf('\n', Math.Max(0, tag.Start - 1)) + 1)
        && RestOfLineIsBlank(tag.End);

    private bool RestOfLineIsBlank(int index)
    {
        var end = source.Text.IndexOf('\n', index);
        return source.Text.AsSpan(index, (end < 0 ? source.Text.Length : end) - index).IsWhiteSpace();
    }

    private bool NextLineIsBlank(int index)
    {
        var end = source.Text.IndexOf('\n', index);
        if (end < 0)
        {
            return true;
        }

        var next = source.Text.IndexOf('\n', end + 1);
        return source.Text.AsSpan(end + 1, (next < 0 ? source.Text.Length : next) - end - 1).IsWhiteSpace();
    }

    /// <summary>Past the line break that ends the tag's line when nothing else is on it (the blank line is already written).</summary>
    private int SkipRestOfLineBreak(int index)
    {
        var end = source.Text.IndexOf('\n', index);
        return end >= 0 && RestOfLineIsBlank(index) ? end + 1 : index;
    }

    /// <summary>A relative or site path, or http(s): no javascript:, data: or other scheme reaches an attribute.</summary>
    private static bool IsSafeUrl(string url)
    {
        var colon = url.IndexOf(':');
        var scheme = colon < 0 ? "" : url[..colon];
        return colon < 0 || scheme.Any(c => c is '/' or '?' or '#') || scheme is "http" or "https" or "HTTP" or "HTTPS";
    }

    private static char Other(char delimiter) => delimiter == '<' ? '>' : '%';

    private static bool IsWord(string text) => text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '+' or '#' or '.');

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Text that Markdown shows as written: every ASCII punctuation character backslash-escaped.</summary>
    internal static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in OneLine(text))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 || char.IsControl(c))
            {
                escaped.Append(char.IsControl(c) ? ' ' : c);
            }
            else
            {
                escaped.Append('\\').Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A link destination inside &lt;…&gt;: no line breaks, and its own brackets escaped.</summary>
    private static string Destination(string url) => OneLine(url).Replace("\\", "\\\\").Replace("<", "\\<").Replace(">", "\\>");
}
