using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// An admonition's quoted title, kept as a leaf so its inline Markdown is parsed like the body's: Python-Markdown
/// renders <c>!!! info "The [`site_url`][mkdocs.site_url] setting"</c> with a code span and a link.
/// <see cref="MkDocsAdmonitionRenderer"/> writes it inside the title bar; on its own it writes nothing.
/// </summary>
internal sealed class MkDocsAdmonitionTitle : LeafBlock
{
    public MkDocsAdmonitionTitle(BlockParser parser, string text, int line, int column)
        : base(parser)
    {
        ProcessInlines = true;
        IsOpen = false;
        Line = line;
        Column = column;
        Lines = new Markdig.Helpers.StringLineGroup(1);
        Lines.Add(new Markdig.Helpers.StringSlice(text));
    }
}

/// <summary>Writes nothing: the title is written by the admonition, in its title bar.</summary>
internal sealed class MkDocsAdmonitionTitleRenderer : HtmlObjectRenderer<MkDocsAdmonitionTitle>
{
    protected override void Write(HtmlRenderer renderer, MkDocsAdmonitionTitle obj)
    {
    }
}
