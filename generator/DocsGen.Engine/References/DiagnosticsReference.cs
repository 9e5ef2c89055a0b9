using System.Text;
using DocsGen.Diagnostics;

namespace DocsGen.References;

/// <summary>The diagnostics reference: every code of the catalog, grouped by range, with an anchor per code.</summary>
internal static class DiagnosticsReference
{
    private static readonly Dictionary<char, string> Groups = new()
    {
        ['1'] = "Configuration (DG1xxx)",
        ['2'] = "Content and Markdown (DG2xxx)",
        ['3'] = "OpenAPI (DG3xxx)",
        ['4'] = "Links (DG4xxx)",
        ['5'] = "Code samples and commands (DG5xxx)",
        ['6'] = "Coverage (DG6xxx)",
        ['7'] = "API diff (DG7xxx)",
        ['8'] = "Theme and output (DG8xxx)",
        ['9'] = "Serve and output hardening (DG9xxx)",
    };

    public static string Markdown()
    {
        var text = new StringBuilder();
        foreach (var group in DiagnosticCatalog.All.OrderBy(d => d.Code, StringComparer.Ordinal).GroupBy(d => d.Code[2]))
        {
            text.Append("## ").Append(Groups.GetValueOrDefault(group.Key, $"DG{group.Key}xxx")).Append("\n\n");
            text.Append("| Code | Severity | What it reports |\n|---|---|---|\n");
            foreach (var info in group)
            {
                text.Append($"| [{info.Code}](#{info.Code.ToLowerInvariant()}) | {Severity(info.Severity)} | {MarkdownText.Plain(info.Summary)} |\n");
            }

            text.Append('\n');
            foreach (var info in group)
            {
                text.Append("### ").Append(info.Code).Append("\n\n");
                text.Append($"**{Severity(info.Severity)}**: {MarkdownText.Plain(info.Summary)}\n\n");
                text.Append($"- Message: {MarkdownText.Code(info.Message)}\n");
                text.Append($"- Hint: {MarkdownText.Plain(info.Hint)}\n");
                text.Append($"- Example: {info.Example}\n\n");
            }
        }

        return text.ToString();
    }

    private static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();
}
