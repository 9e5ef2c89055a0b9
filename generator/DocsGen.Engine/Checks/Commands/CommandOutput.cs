using System.Text;
using System.Text.RegularExpressions;

namespace DocsGen.Checks.Commands;

/// <summary>
/// The documented normalisation of command output, applied alike to what ran and to the output block:
/// line ends become \n, colour codes and trailing spaces go, the scratch folder reads [WORK], its
/// home and temp folders [TMP], durations such as "212 ms" or "1.5 s" read [TIME] and DocsGen's own
/// version [VERSION]. In the output block a line "..." stands for any number of lines and "[..]" for
/// any text within a line.
/// </summary>
public static partial class CommandOutput
{
    public static string Normalise(string text, string workDir, string scratchRoot, string version)
    {
        text = text.ReplaceLineEndings("\n");
        text = Ansi().Replace(text, "");
        text = text.Replace(workDir, "[WORK]", StringComparison.Ordinal).Replace(scratchRoot, "[TMP]", StringComparison.Ordinal);
        text = Duration().Replace(text, "[TIME]");
        if (version.Length > 0)
        {
            text = text.Replace(version, "[VERSION]", StringComparison.Ordinal);
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Null when the output matches the expected block; else the first line that differs, 1-based, with both texts.</summary>
    public static (int Line, string Expected, string Actual)? FirstDifference(string expected, string actual)
    {
        if (Pattern(expected).IsMatch(actual))
        {
            return null;
        }

        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "(end of output)";
            var g = i < got.Length ? got[i] : "(end of output)";
            if (w == "...")
            {
                // After a wildcard line the lines no longer pair up; report from here.
                return (i + 1, string.Join(" / ", want.Skip(i).Take(3)), string.Join(" / ", got.Skip(i).Take(3)));
            }

            if (!Pattern(w).IsMatch(g))
            {
                return (i + 1, w, g);
            }
        }

        return (1, expected, actual);
    }

    private static Regex Pattern(string expected)
    {
        var pattern = new StringBuilder("^");
        var lines = expected.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "...")
            {
                pattern.Append(i < lines.Length - 1 ? @"(?:[^\n]*\n)*?" : @"(?:[^\n]*(?:\n|$))*");
                continue;
            }

            pattern.Append(string.Join("[^\\n]*", lines[i].Split("[..]").Select(Regex.Escape)));
            if (i < lines.Length - 1)
            {
                pattern.Append(@"\n");
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(2));
    }

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"\b\d+(?:\.\d+)? ?(?:ms|s)\b")]
    private static partial Regex Duration();
}
