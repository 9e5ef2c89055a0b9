using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>Opens <see cref="MkDocsAdmonition"/> blocks on <c>!!! type "Title"</c>, <c>??? type</c> and <c>???+ type</c>.</summary>
internal sealed partial class MkDocsAdmonitionParser : IndentedBodyParser
{
    public MkDocsAdmonitionParser()
    {
        OpeningCharacters = ['!', '?'];
    }

    // "!!! note", "!!! danger inline end "Title"", "??? tip ''": the first word is the type, further words are extra classes.
    [GeneratedRegex("""^(?<marker>!!!|\?\?\?\+?)[ \t]+(?<type>[\w-]+)(?:[ \t]+[\w-]+)*[ \t]*(?:"(?<title>[^"]*)"|'(?<title>[^']*)')?[ \t]*$""")]
    private static partial Regex Header();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Header().Match(RestOfLine(processor));
        if (!match.Success)
        {
            return BlockState.None;
        }

        var marker = match.Groups["marker"].Value;
        var admonition = new MkDocsAdmonition(this)
        {
            Type = match.Groups["type"].Value.ToLowerInvariant(),
            Title = match.Groups["title"].Success ? match.Groups["title"].Value : null,
            Collapsible = marker[0] == '?',
            Open = marker == "???+",
        };
        if (!string.IsNullOrWhiteSpace(admonition.Title))
        {
            admonition.Add(new MkDocsAdmonitionTitle(this, admonition.Title, processor.LineIndex, processor.Column + match.Groups["title"].Index));
        }

        Open(processor, admonition);
        return BlockState.ContinueDiscard;
    }
}
