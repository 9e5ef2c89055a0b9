using DocsGen.Markdown.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// Writes consecutive MkDocs tabs as one tab group, in the same markup as DocsGen's ::::tabs
/// (stacked panels without script; the theme's script makes them tabs).
/// </summary>
internal sealed class MkDocsTabRenderer : HtmlObjectRenderer<MkDocsTab>
{
    protected override void Write(HtmlRenderer renderer, MkDocsTab tab)
    {
        var siblings = tab.Parent!;
        var index = siblings.IndexOf(tab);
        if (!ContinuesGroup(siblings, index))
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"tabs\" data-tab-group=\"").WriteEscape(GroupKey(siblings, index)).Write("\">");
            renderer.Write("<div class=\"tab-list\" role=\"tablist\">");
            foreach (var member in Group(siblings, index))
            {
                renderer.Write("<button type=\"button\" role=\"tab\" data-tab=\"").WriteEscape(TabKeys.Key(member.Label)).Write("\">")
                    .WriteEscape(member.Label).Write("</button>");
            }

            renderer.Write("</div>");
            renderer.WriteLine();
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"tab-panel\" role=\"tabpanel\" data-tab=\"").WriteEscape(TabKeys.Key(tab.Label))
            .Write("\" data-tab-label=\"").WriteEscape(tab.Label).Write("\">");
        renderer.WriteLine();
        renderer.WriteChildren(tab);
        renderer.EnsureLine();
        renderer.Write("</div>");
        renderer.WriteLine();

        if (!ContinuesGroup(siblings, index + 1))
        {
            renderer.Write("</div>");
            renderer.WriteLine();
        }
    }

    private static bool ContinuesGroup(ContainerBlock siblings, int index) =>
        index > 0 && index < siblings.Count && siblings[index] is MkDocsTab { StartsGroup: false } && siblings[index - 1] is MkDocsTab;

    private static IEnumerable<MkDocsTab> Group(ContainerBlock siblings, int first)
    {
        yield return (MkDocsTab)siblings[first];
        for (var i = first + 1; ContinuesGroup(siblings, i); i++)
        {
            yield return (MkDocsTab)siblings[i];
        }
    }

    // Groups with the same labels switch together (pymdownx's linked tabs), like ::::tabs with one group name.
    private static string GroupKey(ContainerBlock siblings, int first) => TabKeys.Slug(string.Join("-", Group(siblings, first).Select(t => t.Label)));
}
