using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// The Python-Markdown block shape that admonitions and tabs share: one marker line, then a body of lines
/// indented by four spaces (blank lines included); the first line indented less ends it.
/// </summary>
internal abstract class IndentedBodyParser : BlockParser
{
    private const int BodyIndent = 4;

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent < BodyIndent)
        {
            return BlockState.None;
        }

        processor.GoToColumn(processor.ColumnBeforeIndent + BodyIndent);
        return BlockState.Continue;
    }

    /// <summary>The rest of the marker line, from the parser's opening character.</summary>
    protected static string RestOfLine(BlockProcessor processor) => processor.Line.ToString();

    protected static void Open(BlockProcessor processor, ContainerBlock block)
    {
        block.Column = processor.Column;
        block.Line = processor.LineIndex;
        block.Span = new SourceSpan(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
    }
}
