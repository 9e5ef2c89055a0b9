using System.Text;
using DocsGen.Diagnostics;

namespace DocsGen.Checks.Reports;

/// <summary>GitHub Actions workflow commands: each finding becomes an annotation on its file and line.</summary>
internal static class GitHubReport
{
    public static string Write(CheckReport report, string pathPrefix)
    {
        var text = new StringBuilder();
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = new List<string>();
            if (d.Location is { } at)
            {
                properties.Add("file=" + Property(ReportWriter.FilePath(at.File, pathPrefix)));
                if (at.Line > 0)
                {
                    properties.Add($"line={at.Line}");
                }

                if (at.Column > 0)
                {
                    properties.Add($"col={at.Column}");
                }
            }

            properties.Add("title=" + Property(d.Code));
            var message = d.Hint is null ? d.Message : $"{d.Message}\nFix: {d.Hint}";
            text.Append("::").Append(command).Append(' ').Append(string.Join(',', properties)).Append("::").Append(Data(message)).Append('\n');
        }

        return text.ToString();
    }

    // The escaping GitHub's runner undoes (actions/toolkit command.ts).
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
