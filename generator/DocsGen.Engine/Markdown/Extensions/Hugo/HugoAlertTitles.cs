using System.Text.RegularExpressions;
using DocsGen.Content;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// Hugo's GitHub alerts may carry a title after the marker (<c>&gt; [!NOTE] Hugo modules are Go modules</c>), which
/// GitHub and Markdig's alert syntax do not read. In the hugo dialect such an alert becomes the same admonition with that
/// title (<c>:::note Title</c>): its lines lose their <c>&gt;</c>, the blank line after it closes the container, and
/// every line keeps its number. Alerts without a title are Markdig's, and fenced code is left alone.
/// </summary>
internal static partial class HugoAlertTitles
{
    [GeneratedRegex("""^(?<indent>[ \t]*)>[ \t]*\[!(?<kind>note|tip|important|warning|caution)\][ \t]+(?<title>\S.*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex TitledAlert();

    [GeneratedRegex("""^(?<indent>[ \t]*)>[ ]?(?<rest>.*)$""")]
    private static partial Regex QuoteLine();

    [GeneratedRegex("""^[ \t]*(?<fence>`{3,}|~{3,})""")]
    private static partial Regex Fence();

    public static GuideSource Rewrite(GuideSource source)
    {
        if (!source.Text.Contains("[!", StringComparison.Ordinal))
        {
            return source;
        }

        var lines = source.Text.Split('\n');
        var changed = false;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Fence().Match(line) is { Success: true } f)
            {
                var marker = f.Groups["fence"].Value;
                if (fence is null)
                {
                    fence = marker;
                }
                else if (marker[0] == fence[0] && marker.Length >= fence.Length && line.Trim().Trim(marker[0]).Length == 0)
                {
                    fence = null;
                }

                continue;
            }

            if (fence is not null || TitledAlert().Match(line) is not { Success: true } alert)
            {
                continue;
            }

            var indent = alert.Groups["indent"].Value;
            var end = i + 1;
            while (end < lines.Length && QuoteLine().Match(lines[end]) is { Success: true } quoted && quoted.Groups["indent"].Value == indent)
            {
                end++;
            }

            // The closing fence takes the blank line after the alert (or follows the last line); without one, adding a
            // line would move every line below, so the alert stays a quote.
            if (end < lines.Length && lines[end].Trim().Length > 0)
            {
                continue;
            }

            // Colons enough to hold the ::: admonitions and tabs an alert body may contain.
            lines[i] = $"{indent}:::::{alert.Groups["kind"].Value.ToLowerInvariant()} {alert.Groups["title"].Value}";
            for (var j = i + 1; j < end; j++)
            {
                lines[j] = indent + QuoteLine().Match(lines[j]).Groups["rest"].Value;
            }

            if (end < lines.Length)
            {
                lines[end] = indent + ":::::";
            }
            else
            {
                lines[end - 1] += "\n" + indent + ":::::";
            }

            changed = true;
            i = end;
        }

        return changed ? source with { Text = string.Join('\n', lines) } : source;
    }
}
