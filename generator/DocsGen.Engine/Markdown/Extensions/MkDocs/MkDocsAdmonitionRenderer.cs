using DocsGen.Markdown.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// Writes an MkDocs admonition with the theme's callout markup; a collapsible one is a
/// &lt;details&gt; element, so it folds without script.
/// </summary>
internal sealed class MkDocsAdmonitionRenderer : HtmlObjectRenderer<MkDocsAdmonition>
{
    // MkDocs Material's types and aliases, mapped onto the theme's callout kinds.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["note"] = "note",
        ["seealso"] = "note",
        ["example"] = "note",
        ["quote"] = "note",
        ["cite"] = "note",
        ["abstract"] = "info",
        ["summary"] = "info",
        ["tldr"] = "info",
        ["info"] = "info",
        ["todo"] = "info",
        ["question"] = "info",
        ["help"] = "info",
        ["faq"] = "info",
        ["tip"] = "tip",
        ["hint"] = "tip",
        ["success"] = "tip",
        ["check"] = "tip",
        ["done"] = "tip",
        ["important"] = "important",
        ["warning"] = "warning",
        ["attention"] = "warning",
        ["caution"] = "caution",
        ["danger"] = "danger",
        ["error"] = "danger",
        ["failure"] = "danger",
        ["fail"] = "danger",
        ["missing"] = "danger",
        ["bug"] = "danger",
    };

    protected override void Write(HtmlRenderer renderer, MkDocsAdmonition block)
    {
        var kind = Kinds.GetValueOrDefault(block.Type, "note");
        // MkDocs titles an admonition with its type, capitalized, unless a title is given ("" for none).
        var title = block.Title ?? char.ToUpperInvariant(block.Type[0]) + block.Type[1..];
        renderer.EnsureLine();
        if (block.Collapsible)
        {
            renderer.Write("<details class=\"admonition admonition-").WriteEscape(kind).Write(" admonition-type-").WriteEscape(block.Type).Write('"')
                .Write(block.Open ? " open>" : ">");
            renderer.Write("<summary class=\"admonition-title\">");
            WriteTitle(renderer, block, title.Length == 0 ? Admonitions.Titles[kind] : title);
            renderer.Write("</summary>");
            renderer.WriteLine();
            renderer.WriteChildren(block);
            renderer.EnsureLine();
            renderer.Write("</details>");
            renderer.WriteLine();
            return;
        }

        renderer.Write("<aside class=\"admonition admonition-").WriteEscape(kind).Write(" admonition-type-").WriteEscape(block.Type).Write("\" role=\"note\">");
        if (title.Length > 0)
        {
            renderer.Write("<p class=\"admonition-title\">");
            WriteTitle(renderer, block, title);
            renderer.Write("</p>");
        }

        renderer.WriteLine();
        renderer.WriteChildren(block);
        Admonitions.WriteClose(renderer);
    }

    private static void WriteTitle(HtmlRenderer renderer, MkDocsAdmonition block, string plain)
    {
        if (block.Count > 0 && block[0] is MkDocsAdmonitionTitle { Inline: not null } title)
        {
            renderer.WriteLeafInline(title);
        }
        else
        {
            renderer.WriteEscape(plain);
        }
    }
}
