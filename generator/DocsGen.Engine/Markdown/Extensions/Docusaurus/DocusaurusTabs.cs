using System.Text.RegularExpressions;
using DocsGen.Content;

namespace DocsGen.Markdown.Extensions.Docusaurus;

/// <summary>
/// Docusaurus' <c>&lt;Tabs&gt;</c> and <c>&lt;TabItem value label&gt;</c>, each tag on a line of its own, rewritten line for line
/// into DocsGen's <c>::::tabs</c> and <c>:::tab Label</c> before the page is parsed, so they render as DocsGen tabs
/// and every line keeps its number. MDX does not read indentation as code, so a tab's body is dedented.
/// Tags inside code fences are left alone; any other use stays HTML and is reported by <see cref="DialectSyntaxReport"/>.
/// </summary>
internal static partial class DocusaurusTabs
{
    // The fences grow with nesting depth in the other direction: an outer container needs more colons than
    // what it holds, including the :::note admonitions a tab often contains.
    private const int OuterColons = 12;

    [GeneratedRegex("""^[ \t]*<Tabs\b(?<attributes>[^<>]*)>[ \t]*$""")]
    private static partial Regex TabsOpen();

    [GeneratedRegex("""^[ \t]*</Tabs>[ \t]*$""")]
    private static partial Regex TabsClose();

    [GeneratedRegex("""^[ \t]*<TabItem\b(?<attributes>[^<>]*?)/?>[ \t]*$""")]
    private static partial Regex ItemOpen();

    [GeneratedRegex("""^[ \t]*</TabItem>[ \t]*$""")]
    private static partial Regex ItemClose();

    [GeneratedRegex("""(?<name>[A-Za-z]+)[ \t]*=[ \t]*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|\{[ \t]*["'`](?<value>[^"'`]*)["'`][ \t]*\})""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""^[ \t]*(?<fence>`{3,}|~{3,})""")]
    private static partial Regex Fence();

    /// <summary><paramref name="source"/> with its tab components as ::: containers; the same source when it has none.</summary>
    public static GuideSource Rewrite(GuideSource source)
    {
        if (!source.Text.Contains("<Tabs", StringComparison.Ordinal))
        {
            return source;
        }

        var lines = source.Text.Split('\n');
        var changed = false;
        var depth = 0;
        var inItem = new Stack<int>();
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
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

            if (fence is not null)
            {
                continue;
            }

            if (TabsOpen().Match(line) is { Success: true } tabs)
            {
                var group = Attributes(tabs.Groups["attributes"].Value).GetValueOrDefault("groupId");
                lines[i] = new string(':', Colons(depth, 0)) + "tabs" + (group is null ? "" : " " + group);
                depth++;
                changed = true;
            }
            else if (TabsClose().IsMatch(line) && depth > 0)
            {
                depth--;
                lines[i] = new string(':', Colons(depth, 0));
            }
            else if (ItemOpen().Match(line) is { Success: true } item && depth > 0)
            {
                var attributes = Attributes(item.Groups["attributes"].Value);
                var label = attributes.GetValueOrDefault("label") ?? attributes.GetValueOrDefault("value") ?? "Tab";
                lines[i] = new string(':', Colons(depth - 1, 1)) + "tab " + label.Trim();
                var end = Array.FindIndex(lines, i + 1, l => ItemClose().IsMatch(l));
                if (end > i)
                {
                    Dedent(lines, i + 1, end);
                    inItem.Push(end);
                }
            }
            else if (ItemClose().IsMatch(line) && depth > 0 && inItem.Count > 0 && inItem.Peek() == i)
            {
                inItem.Pop();
                lines[i] = new string(':', Colons(depth - 1, 1));
            }
        }

        return changed ? source with { Text = string.Join('\n', lines) } : source;
    }

    private static int Colons(int depth, int item) => Math.Max(4, OuterColons - (2 * depth) - item);

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups["value"].Value, StringComparer.Ordinal);

    /// <summary>Removes the indentation every non-blank line of lines[start..end) shares.</summary>
    private static void Dedent(string[] lines, int start, int end)
    {
        var indent = int.MaxValue;
        for (var i = start; i < end; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                indent = Math.Min(indent, lines[i].Length - lines[i].TrimStart(' ', '\t').Length);
            }
        }

        if (indent is 0 or int.MaxValue)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            lines[i] = lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart(' ', '\t');
        }
    }
}
