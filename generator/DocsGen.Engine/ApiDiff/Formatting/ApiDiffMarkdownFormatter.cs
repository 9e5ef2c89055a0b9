using System.Net;
using System.Text;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>
/// A changelog section: changes grouped by tag and operation (worst first), the whole API's changes,
/// then each changed shared schema once, its affected operations folded in a <c>&lt;details&gt;</c>.
/// </summary>
public static class ApiDiffMarkdownFormatter
{
    public static string Format(ApiDiffReport report, string title = "API changes")
    {
        var text = new StringBuilder();
        text.Append($"## {title}\n\n");
        if (report.IsEmpty)
            return text.Append("No changes.\n").ToString();

        text.Append(ApiDiffTextFormatter.Summary(report)).Append(".\n");
        foreach (var tag in ReportGroups.ByTag(report))
        {
            text.Append($"\n### {Escape(tag.Name)}\n");
            foreach (var group in tag.Operations)
            {
                var id = group.OperationId is null ? "" : $" ({Escape(group.OperationId)})";
                text.Append($"\n#### `{Code(group.Key!)}`{id}\n\n");
                foreach (var change in group.Changes)
                    Change(text, change);
            }
        }

        var general = ReportGroups.General(report);
        if (general.Count > 0)
        {
            text.Append("\n### Whole API\n\n");
            foreach (var change in general)
                Change(text, change);
        }

        var schemas = ReportGroups.BySchema(report).ToList();
        if (schemas.Count > 0)
        {
            text.Append("\n### Shared schemas\n\nEach change of a shared schema is listed once, with the operations that use the schema.\n");
            foreach (var schema in schemas)
            {
                text.Append($"\n#### `{Code(schema.Name)}`\n\n");
                foreach (var change in schema.Changes)
                {
                    Change(text, change);
                    if (change.AffectedOperations.Count != schema.AffectedOperations.Count)
                        text.Append($"  affects {ApiDiffTextFormatter.Operations(change.AffectedOperations.Count)} of those below\n");
                }
                // HTML inside Markdown: the list is escaped as HTML, not as Markdown.
                text.Append($"\n<details><summary>Affects {ApiDiffTextFormatter.Operations(schema.AffectedOperations.Count)}</summary>\n\n");
                foreach (var operation in schema.AffectedOperations)
                    text.Append("<code>").Append(WebUtility.HtmlEncode(operation)).Append("</code><br>\n");
                text.Append("\n</details>\n");
            }
        }
        return text.ToString();
    }

    private static void Change(StringBuilder text, ApiChange change) =>
        text.Append($"- **{Label(change.Level)}** {Escape(change.Message)} (at `{Code(change.Location)}`, rule `{change.RuleId}`)\n");

    private static string Code(string text) => text.Replace('`', '\'');

    private static string Label(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "Breaking:",
        ChangeLevel.PotentiallyBreaking => "Potentially breaking:",
        ChangeLevel.NonBreaking => "Non-breaking:",
        _ => "Informational:",
    };

    // Messages quote names and values from the spec; keep them from turning into Markdown or HTML.
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
