using System.Text;
using DocsGen.Content;

namespace DocsGen.References;

/// <summary>The front matter reference: the parser's key table, DocsGen's keys first, then other tools' spellings.</summary>
internal static class FrontMatterReference
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("## Keys\n\n| Key | Type | Default | Meaning |\n|---|---|---|---|\n");
        foreach (var key in FrontMatterKeys.All.Where(k => k.Used && k.SameAs is null))
        {
            text.Append($"| `{key.Name}` | {MarkdownText.Cell(key.Type)} | {MarkdownText.Cell(key.Default)} | {MarkdownText.Cell(key.Meaning)} |\n");
        }

        text.Append("\n## Other spellings\n\nPages written for Docusaurus or Hugo keep their keys: these mean the same as the DocsGen key beside them.\n\n");
        text.Append("| Key | Same as |\n|---|---|\n");
        foreach (var key in FrontMatterKeys.All.Where(k => k.Used && k.SameAs is not null))
        {
            text.Append($"| `{key.Name}` | `{key.SameAs}` |\n");
        }

        text.Append("\n## Accepted and ignored\n\nThese keys of other tools are accepted without a warning, so shared pages build cleanly, and have no effect: ");
        text.Append(string.Join(", ", FrontMatterKeys.All.Where(k => !k.Used).Select(k => $"`{k.Name}`"))).Append(".\n\n");
        text.Append("Any other key is reported as `DG2002` (a warning: front matter is often shared with other tools), and a value of the wrong type as `DG2003`, with its line.\n");
        return text.ToString();
    }
}
