using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// A Python-Markdown definition (<c>:   text</c>, body indented by four spaces) whose term is not a paragraph,
/// as MkDocs Material writes its option reference (<c>&lt;!-- md:option name --&gt;</c> then <c>:   ...</c>).
/// Markdig's definition lists need a paragraph term, so without this the body would read as an indented code block.
/// </summary>
internal sealed class MkDocsDefinition(BlockParser parser) : ContainerBlock(parser);
