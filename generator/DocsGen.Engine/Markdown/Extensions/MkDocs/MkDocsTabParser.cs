using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>Opens <see cref="MkDocsTab"/> blocks on <c>=== "Label"</c> (<c>===!</c> starts a new group, <c>===+</c> is selected).</summary>
internal sealed partial class MkDocsTabParser : IndentedBodyParser
{
    public MkDocsTabParser()
    {
        OpeningCharacters = ['='];
    }

    [GeneratedRegex("""^===(?<flags>[!+]{0,2})[ \t]+(?:"(?<label>[^"]*)"|'(?<label>[^']*)')[ \t]*$""")]
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

        Open(processor, new MkDocsTab(this)
        {
            Label = match.Groups["label"].Value,
            StartsGroup = match.Groups["flags"].Value.Contains('!', StringComparison.Ordinal),
        });
        return BlockState.ContinueDiscard;
    }
}
