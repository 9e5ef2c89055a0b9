using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// A pymdownx.tabbed content tab, <c>=== "Label"</c> with its body indented by four spaces. Tabs that
/// follow each other form one group; <c>===!</c> starts a new group.
/// </summary>
internal sealed class MkDocsTab(BlockParser parser) : ContainerBlock(parser)
{
    public required string Label { get; init; }

    public bool StartsGroup { get; init; }
}
