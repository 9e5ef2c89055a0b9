using System.Net;

namespace DocsGen.Markdown.Highlighting;

// Placeholder until the highlighter branch lands: escapes only.
public static class SyntaxHighlighter
{
    public static string Highlight(string code, string? language) => WebUtility.HtmlEncode(code);

    public static bool Supports(string? language) => false;

    public static string? Normalize(string? language) => language?.ToLowerInvariant();
}
