using DocsGen.Markdown.Highlighting;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsGen.Markdown.Rendering;

/// <summary>Writes code blocks with colours computed at build time, so pages need no script to show them.</summary>
internal sealed class HighlightedCodeRenderer : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>Data key holding replacement text (from an include) set by the guide pass.</summary>
    public const string CodeKey = "docsgen.code";

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is YamlFrontMatterBlock)
        {
            return;
        }

        var code = block.GetData(CodeKey) as string ?? block.Lines.ToString();
        var info = (block as FencedCodeBlock)?.Info;
        var language = SyntaxHighlighter.Normalize(info) ?? info?.ToLowerInvariant();
        renderer.EnsureLine();
        renderer.Write("<pre class=\"code\"");
        if (language is not null)
        {
            renderer.Write(" data-lang=\"").WriteEscape(language).Write('"');
        }

        renderer.Write("><code");
        if (language is not null)
        {
            renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        }

        renderer.Write('>');
        renderer.Write(SyntaxHighlighter.Highlight(code, language));
        renderer.Write("</code></pre>");
        renderer.WriteLine();
    }
}
