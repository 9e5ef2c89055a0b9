using System.Text;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>A changelog section: one list per level, worst first, each change under its operation.</summary>
public static class ApiDiffMarkdownFormatter
{
    public static string Format(ApiDiffReport report, string title = "API changes")
    {
        var text = new StringBuilder();
        text.Append($"## {title}\n\n");
        if (report.IsEmpty)
            return text.Append("No changes.\n").ToString();

        text.Append(ApiDiffTextFormatter.Summary(report)).Append(".\n");
        foreach (var level in ChangeLevels.WorstFirst)
        {
            var changes = report.Changes.Where(c => c.Level == level).ToList();
            if (changes.Count == 0) continue;
            text.Append($"\n### {Heading(level)} ({changes.Count})\n\n");
            foreach (var change in changes)
            {
                var operation = change.OperationKey is null ? "" : $"`{change.OperationKey}` ";
                text.Append($"- {operation}{Escape(change.Message)} (at `{change.Location.Replace('`', '\'')}`, rule `{change.RuleId}`)\n");
            }
        }
        return text.ToString();
    }

    private static string Heading(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "Breaking changes",
        ChangeLevel.PotentiallyBreaking => "Potentially breaking changes",
        ChangeLevel.NonBreaking => "Non-breaking changes",
        _ => "Informational",
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
