using Markdig.Renderers;

namespace DocsGen.Markdown.Rendering;

/// <summary>The callout kinds shared by :::note containers and GitHub's > [!NOTE] alerts.</summary>
internal static class Admonitions
{
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = "Note",
        ["tip"] = "Tip",
        ["info"] = "Info",
        ["important"] = "Important",
        ["warning"] = "Warning",
        ["caution"] = "Caution",
        ["danger"] = "Danger",
    };

    public static bool IsKind(string? kind) => kind is not null && Titles.ContainsKey(kind);

    public static void WriteOpen(HtmlRenderer renderer, string kind, string? title)
    {
        kind = kind.ToLowerInvariant();
        renderer.EnsureLine();
        renderer.Write("<aside class=\"admonition admonition-").WriteEscape(kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"admonition-title\">").WriteEscape(string.IsNullOrWhiteSpace(title) ? Titles[kind] : title.Trim()).Write("</p>");
        renderer.WriteLine();
    }

    public static void WriteClose(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.Write("</aside>");
        renderer.WriteLine();
    }
}
