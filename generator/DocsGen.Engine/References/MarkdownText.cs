namespace DocsGen.References;

/// <summary>Text from code placed into generated Markdown without being read as Markdown or HTML.</summary>
public static class MarkdownText
{
    /// <summary>Plain text for a table cell or paragraph: no HTML, no table breaks, no emphasis by accident.</summary>
    public static string Plain(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Inline code, with a fence longer than any run of backticks inside.</summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ")}{pad}{fence}";
    }

    /// <summary>A cell that already is Markdown (written for the reference), kept on one table row.</summary>
    public static string Cell(string markdown) => markdown.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
