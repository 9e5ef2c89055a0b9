namespace DocsGen.Markdown.Rendering;

/// <summary>
/// Tab keys shared by guide tabs and generated code samples, so choosing "Python" once selects
/// Python everywhere (the theme remembers the key per group).
/// </summary>
public static class TabKeys
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["javascript"] = "js",
        ["node"] = "js",
        ["node.js"] = "js",
        ["fetch"] = "js",
        ["typescript"] = "ts",
        ["c#"] = "csharp",
        ["cs"] = "csharp",
        [".net"] = "csharp",
        ["py"] = "python",
        ["shell"] = "curl",
        ["bash"] = "curl",
        ["cli"] = "curl",
        ["golang"] = "go",
    };

    public static string Key(string label)
    {
        var trimmed = label.Trim();
        return Aliases.TryGetValue(trimmed, out var key) ? key : Slug(trimmed);
    }

    public static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "tab" : slug;
    }
}
