using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>Opens a <see cref="MkDocsDefinition"/> on <c>:</c> plus spaces to column four, after an HTML block (the term).</summary>
internal sealed class MkDocsDefinitionParser : IndentedBodyParser
{
    public MkDocsDefinitionParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentContainer?.LastChild is not HtmlBlock)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (line.PeekChar(1) is not (' ' or '\t'))
        {
            return BlockState.None;
        }

        var block = new MkDocsDefinition(this);
        Open(processor, block);
        processor.NextChar(); // the ':'
        processor.ParseIndent();
        return BlockState.Continue;
    }
}
