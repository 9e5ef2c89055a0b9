namespace DocsGen.Markdown;

/// <summary>
/// Cuts a named region out of a source file so samples can live in real, compiled and tested files.
/// Markers are comment lines containing "#region NAME"/"region NAME" and "#endregion"/"endregion",
/// whatever the comment syntax (//, #, --, /* */, &lt;!-- --&gt;).
/// </summary>
internal static class CodeRegions
{
    public static string? Extract(string text, string region)
    {
        var lines = text.Split('\n');
        var start = -1;
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = MarkerOf(lines[i]);
            if (marker is null)
            {
                continue;
            }

            if (start < 0)
            {
                if (marker.Value.IsStart && marker.Value.Name == region)
                {
                    start = i + 1;
                }
            }
            else if (marker.Value.IsStart)
            {
                // A region nested inside ours: its #endregion is not ours.
                depth++;
            }
            else if (depth > 0)
            {
                depth--;
            }
            else
            {
                return Dedent(lines[start..i].Where(l => MarkerOf(l) is null));
            }
        }

        return null;
    }

    /// <summary>The whole file without any region marker lines.</summary>
    public static string WithoutMarkers(string text) =>
        string.Join('\n', text.Split('\n').Where(l => MarkerOf(l) is null)).TrimEnd('\n');

    private static (bool IsStart, string Name)? MarkerOf(string line)
    {
        var t = line.Trim().TrimStart('/', '#', '-', '*', '<', '!', ' ', '\'', ';').TrimEnd('>', '-', '/', '*', ' ').Trim();
        if (t.StartsWith("#", StringComparison.Ordinal))
        {
            t = t[1..];
        }

        if (t.StartsWith("endregion", StringComparison.Ordinal))
        {
            return (false, t["endregion".Length..].Trim());
        }

        if (t.StartsWith("region ", StringComparison.Ordinal))
        {
            return (true, t["region ".Length..].Trim());
        }

        return null;
    }

    private static string Dedent(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd('\r')).ToList();
        var indent = list.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', list.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }
}
