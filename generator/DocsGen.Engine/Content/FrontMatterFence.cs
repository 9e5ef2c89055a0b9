namespace DocsGen.Content;

/// <summary>The language a page's front matter is written in, told by its opening line.</summary>
public enum FrontMatterFormat
{
    /// <summary>Between <c>---</c> lines (every dialect).</summary>
    Yaml,

    /// <summary>Between <c>+++</c> lines: what <c>hugo new</c> wrote for years, and Zola's only form.</summary>
    Toml,

    /// <summary>One JSON object whose <c>{</c> and <c>}</c> stand alone on the first and last line (Hugo).</summary>
    Json,
}

/// <summary>
/// Where the front matter block of a Markdown file is. <see cref="Text"/> is what lies between the fences (for JSON, the
/// object with its braces); <see cref="FirstLine"/> is the file's 1-based line of its first character, so a problem in
/// the block is reported at the file's line, not the block's.
/// </summary>
public sealed record FrontMatterFence(FrontMatterFormat Format, string Text, int FirstLine, int BodyStart, bool Closed)
{
    /// <summary>The block at the top of <paramref name="text"/> (line endings already \n), or null when the file has none.</summary>
    public static FrontMatterFence? Find(string text)
    {
        if (text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")
        {
            return Fenced(text, FrontMatterFormat.Yaml, line => line is "---" or "...");
        }

        if (text.StartsWith("+++\n", StringComparison.Ordinal) || text == "+++")
        {
            return Fenced(text, FrontMatterFormat.Toml, line => line is "+++");
        }

        if (text.StartsWith("{\n", StringComparison.Ordinal))
        {
            // Hugo's JSON front matter as `hugo new` writes it: the object's closing brace alone on a line.
            var closing = ClosingLine(text, 2, line => line is "}");
            return closing is { } at
                ? new FrontMatterFence(FrontMatterFormat.Json, text[..(at.Start + 1)], 1, at.Next, true)
                : new FrontMatterFence(FrontMatterFormat.Json, text, 1, text.Length, false);
        }

        return null;
    }

    /// <summary>
    /// The text Markdown is parsed from: a TOML or JSON block becomes as many empty lines (Markdig knows only YAML
    /// front matter), so every line below keeps its number.
    /// </summary>
    public static string WithoutNonYamlBlock(string text)
    {
        // Nearly every page starts with YAML or no front matter at all: nothing to find then.
        if (!text.StartsWith("+++", StringComparison.Ordinal) && !text.StartsWith("{\n", StringComparison.Ordinal))
        {
            return text;
        }

        if (Find(text) is not { Format: not FrontMatterFormat.Yaml, Closed: true } fence)
        {
            return text;
        }

        return new string('\n', text.AsSpan(0, fence.BodyStart).Count('\n')) + text[fence.BodyStart..];
    }

    /// <summary>The text after the block: what a reader of the page sees.</summary>
    public static string Body(string text) =>
        Find(text) is { Closed: true } fence ? text[fence.BodyStart..] : text;

    /// <summary>Whether a line, trailing white space removed, closes the block.</summary>
    private delegate bool ClosesBlock(ReadOnlySpan<char> line);

    private static FrontMatterFence Fenced(string text, FrontMatterFormat format, ClosesBlock isClosing)
    {
        var start = Math.Min(4, text.Length);
        return ClosingLine(text, start, isClosing) is { } at
            ? new FrontMatterFence(format, text[start..at.Start], 2, at.Next, true)
            : new FrontMatterFence(format, text[start..], 2, text.Length, false);
    }

    /// <summary>The first line from <paramref name="from"/> that closes the block: where it starts and where the next begins.</summary>
    private static (int Start, int Next)? ClosingLine(string text, int from, ClosesBlock isClosing)
    {
        var index = from;
        while (index <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', index);
            // A span of the text, not a string per line: this runs for every page when it is read and again when parsed.
            var line = lineEnd < 0 ? text.AsSpan(index) : text.AsSpan(index, lineEnd - index);
            if (isClosing(line.TrimEnd()))
            {
                return (index, lineEnd < 0 ? text.Length : lineEnd + 1);
            }

            if (lineEnd < 0)
            {
                return null;
            }

            index = lineEnd + 1;
        }

        return null;
    }
}
