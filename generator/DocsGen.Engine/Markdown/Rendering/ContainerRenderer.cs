using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocsGen.Markdown.Rendering;

/// <summary>
/// Renders ::: containers: admonitions (:::note Title) and tabs (::::tabs holding :::tab Label).
/// Tabs are plain stacked panels in HTML; the theme's script makes them tabs.
/// </summary>
internal sealed class ContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer block)
    {
        var info = block.Info?.Trim().ToLowerInvariant();
        if (Admonitions.IsKind(info))
        {
            Admonitions.WriteOpen(renderer, info!, block.Arguments);
            renderer.WriteChildren(block);
            Admonitions.WriteClose(renderer);
        }
        else if (info == "tabs")
        {
            WriteTabs(renderer, block);
        }
        else if (info == "tab")
        {
            WritePanel(renderer, block);
        }
        else
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"container");
            if (info is not null)
            {
                renderer.Write(" container-").WriteEscape(info);
            }

            renderer.Write("\">");
            renderer.WriteLine();
            renderer.WriteChildren(block);
            renderer.EnsureLine();
            renderer.Write("</div>");
            renderer.WriteLine();
        }
    }

    private static void WriteTabs(HtmlRenderer renderer, CustomContainer block)
    {
        var group = string.IsNullOrWhiteSpace(block.Arguments) ? "lang" : TabKeys.Slug(block.Arguments);
        renderer.EnsureLine();
        renderer.Write("<div class=\"tabs\" data-tab-group=\"").WriteEscape(group).Write("\">");
        renderer.Write("<div class=\"tab-list\" role=\"tablist\">");
        foreach (var tab in block.OfType<CustomContainer>().Where(IsTab))
        {
            var label = Label(tab);
            renderer.Write("<button type=\"button\" role=\"tab\" data-tab=\"").WriteEscape(TabKeys.Key(label)).Write("\">")
                .WriteEscape(label).Write("</button>");
        }

        renderer.Write("</div>");
        renderer.WriteLine();
        foreach (var child in block)
        {
            if (child is CustomContainer tab && IsTab(tab))
            {
                WritePanel(renderer, tab);
            }
            else
            {
                renderer.Render(child);
            }
        }

        renderer.EnsureLine();
        renderer.Write("</div>");
        renderer.WriteLine();
    }

    private static void WritePanel(HtmlRenderer renderer, CustomContainer tab)
    {
        var label = Label(tab);
        renderer.EnsureLine();
        renderer.Write("<div class=\"tab-panel\" role=\"tabpanel\" data-tab=\"").WriteEscape(TabKeys.Key(label))
            .Write("\" data-tab-label=\"").WriteEscape(label).Write("\">");
        renderer.WriteLine();
        renderer.WriteChildren(tab);
        renderer.EnsureLine();
        renderer.Write("</div>");
        renderer.WriteLine();
    }

    private static bool IsTab(CustomContainer c) => string.Equals(c.Info?.Trim(), "tab", StringComparison.OrdinalIgnoreCase);

    private static string Label(CustomContainer tab) => string.IsNullOrWhiteSpace(tab.Arguments) ? "Tab" : tab.Arguments.Trim();
}
