using System.Text.RegularExpressions;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// Hugo shortcodes in the hugo dialect. Hugo expands them before Markdown, code blocks included, and so does this: its
/// built-in <c>highlight</c>, <c>figure</c>, <c>details</c>, <c>param</c>, <c>comment</c> and <c>ref</c>/<c>relref</c>
/// (as a link's target) become the Markdown or HTML Hugo renders (<see cref="BuiltInShortcodes"/>). Every other use is
/// reported where it is written (a closing tag belongs to its opening one) and stays as written rather than vanish:
/// the embeds (youtube, vimeo, x, instagram, gist, qr) and the site's own shortcodes, Go templates in
/// layouts/shortcodes/ that DocsGen cannot run. A commented shortcode (<c>{{&lt;/* x */&gt;}}</c>) is how Hugo pages show
/// one as text: it becomes <c>{{&lt; x &gt;}}</c>, as Hugo prints it, and is not a use.
/// </summary>
internal static partial class HugoShortcodes
{
    private static readonly string[] Embeds = ["youtube", "vimeo", "x", "twitter", "tweet", "instagram", "gist", "qr"];

    [GeneratedRegex("""\{\{([<%])/\*(?<inner>.*?)\*/([>%])\}\}""", RegexOptions.Singleline)]
    private static partial Regex Commented();

    [GeneratedRegex("""\{\{[<%]""")]
    private static partial Regex Opening();

    [GeneratedRegex("""\G\s*(?<name>[^\s<>%}]*)""")]
    private static partial Regex LooseName();

    /// <summary>The page with Hugo's built-in shortcodes rendered and every other use reported; lines keep their file line.</summary>
    public static GuideSource Render(GuideSource source, IReadOnlyDictionary<string, string> siteParams, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return source;
        }

        var output = new MappedText(source);
        var builtIns = new BuiltInShortcodes(source, siteParams, output, diagnostics);
        var position = 0;
        for (var match = Opening().Match(text); match.Success; match = Opening().Match(text, position))
        {
            var at = match.Index;
            if (text.AsSpan(at + 3).StartsWith("/*") && Commented().Match(text, at) is { Success: true } comment && comment.Index == at)
            {
                output.Copy(position, comment.Index + comment.Length);
                position = comment.Index + comment.Length;
                continue;
            }

            var tag = ShortcodeTag.Read(text, at);
            if (tag is null)
            {
                if (text.AsSpan(at + 3).TrimStart().StartsWith("/"))
                {
                    // A closing tag Hugo would reject too; its opening tag is the one reported.
                    output.Copy(position, at + 3);
                    position = at + 3;
                    continue;
                }

                Report(output, at, text[at + 2], LooseName().Match(text, at + 3).Groups["name"].Value, diagnostics);
                output.Copy(position, at + 3);
                position = at + 3;
                continue;
            }

            output.Copy(position, at);
            position = builtIns.Render(tag) ?? Unrendered(tag, output, diagnostics);
        }

        output.Copy(position, text.Length);
        return output.Result();
    }

    /// <summary>Commented shortcodes printed as Hugo prints them; the text keeps its lines.</summary>
    public static GuideSource Uncomment(GuideSource source) =>
        source.Text.Contains("/*", StringComparison.Ordinal)
            ? source with { Text = Commented().Replace(source.Text, m => "{{" + m.Groups[1].Value + m.Groups["inner"].Value + m.Groups[2].Value + "}}") }
            : source;

    /// <summary>A use no rendering exists for: reported (closing tags belong to it) and left as written.</summary>
    private static int Unrendered(ShortcodeTag tag, MappedText output, DiagnosticBag diagnostics)
    {
        if (!tag.IsClosing)
        {
            Report(output, tag.Start, tag.Delimiter, tag.Name, diagnostics);
        }

        output.Copy(tag.Start, tag.End);
        return tag.End;
    }

    internal static void Report(MappedText output, int at, char delimiter, string name, DiagnosticBag diagnostics, string? hint = null)
    {
        var closing = delimiter == '<' ? '>' : '%';
        diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported,
            $"Hugo shortcode '{{{{{delimiter} {name} {closing}}}}}' is not rendered; it is shown as text.", output.At(at),
            hint ?? (Embeds.Contains(name)
                ? $"Hugo's built-in '{name}' embeds another service's content (or draws a QR code), which DocsGen does not: link to it instead, or remove it."
                : $"'{name}' is the site's own shortcode (layouts/shortcodes/{name}.html), a Go template DocsGen cannot run: replace it with Markdown (a link, a > [!NOTE] alert, a fenced code block), or remove it."));
    }
}
