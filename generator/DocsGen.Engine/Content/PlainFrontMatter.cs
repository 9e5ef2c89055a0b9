using DocsGen.Diagnostics;

namespace DocsGen.Content;

/// <summary>
/// YAML front matter written as plain <c>key: value</c> lines, read without YamlDotNet: setting up its scanner and
/// node tree was most of reading a guide (10,000 pages: 147 of 260 MB allocated). Only lines whose YAML meaning has
/// one reading are taken (<see cref="TryRead"/>); anything else, and every error, is left to <see cref="YamlFrontMatter"/>,
/// so a page gets the same table, positions and diagnostics whichever reads it.
/// </summary>
internal static class PlainFrontMatter
{
    /// <summary>Longest key taken: YamlDotNet's simple keys stop at 1,024 characters, and real keys are short.</summary>
    private const int MaxKeyLength = 64;

    /// <summary>
    /// The table, or null when a line is not one of: empty; a key (<c>[A-Za-z][A-Za-z0-9_]*</c>) at column 1, <c>:</c>,
    /// spaces, then a value that is a plain scalar (a letter or digit, then letters, digits, spaces and <c>. , _ / ( ) ' + -</c>,
    /// not ending in a space), a double-quoted scalar of printable ASCII without <c>"</c> or <c>\</c>, or a flow list
    /// <c>[a, b]</c> of plain words (a letter or digit, then letters, digits and <c>. _ -</c>). A repeated key (an error
    /// in YAML) and a block without keys give null too.
    /// </summary>
    public static FrontMatterTable? TryRead(FrontMatterFence fence, string displayPath)
    {
        var text = fence.Text.AsSpan();
        var entries = new List<FrontMatterEntry>();
        SourceLocation? first = null;
        for (var lineIndex = 0; text.Length > 0; lineIndex++)
        {
            var newline = text.IndexOf('\n');
            var line = newline < 0 ? text : text[..newline];
            text = newline < 0 ? [] : text[(newline + 1)..];
            if (line.Length == 0)
            {
                continue;
            }

            var fileLine = fence.FirstLine + lineIndex;
            if (ReadEntry(line, displayPath, fileLine) is not { } entry || Has(entries, entry.Key))
            {
                return null;
            }

            first ??= entry.KeyAt;
            entries.Add(entry);
        }

        // A block mapping starts where its first key does.
        return first is null ? null : new FrontMatterTable(entries, first);
    }

    private static FrontMatterEntry? ReadEntry(ReadOnlySpan<char> line, string displayPath, int fileLine)
    {
        var keyLength = 0;
        while (keyLength < line.Length && IsKeyChar(line[keyLength], keyLength == 0))
        {
            keyLength++;
        }

        if (keyLength == 0 || keyLength > MaxKeyLength || keyLength + 2 >= line.Length || line[keyLength] != ':' || line[keyLength + 1] != ' ')
        {
            return null;
        }

        var valueStart = keyLength + 1;
        while (valueStart < line.Length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        // Columns are 1-based, as YamlDotNet's marks are.
        var value = ReadValue(line[valueStart..], displayPath, fileLine, valueStart + 1);
        return value is null ? null : new FrontMatterEntry(line[..keyLength].ToString(), new SourceLocation(displayPath, fileLine, 1), value);
    }

    private static FrontMatterValue? ReadValue(ReadOnlySpan<char> value, string displayPath, int fileLine, int column)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var at = new SourceLocation(displayPath, fileLine, column);
        switch (value[0])
        {
            case '"':
                return value.Length >= 2 && value[^1] == '"' && IsQuotedText(value[1..^1]) ? new FrontMatterScalar(value[1..^1].ToString(), at) : null;
            case '[':
                return value.Length >= 2 && value[^1] == ']' ? ReadList(value[1..^1], displayPath, fileLine, column + 1, at) : null;
            default:
                return IsPlainText(value) ? new FrontMatterScalar(value.ToString(), at) : null;
        }
    }

    /// <summary>The items between <c>[</c> and <c>]</c>: plain words separated by a comma and at most one space.</summary>
    private static FrontMatterList? ReadList(ReadOnlySpan<char> items, string displayPath, int fileLine, int column, SourceLocation at)
    {
        var list = new List<FrontMatterValue>();
        var index = 0;
        while (index < items.Length)
        {
            var length = 0;
            while (index + length < items.Length && IsWordChar(items[index + length], length == 0))
            {
                length++;
            }

            if (length == 0)
            {
                return null;
            }

            list.Add(new FrontMatterScalar(items.Slice(index, length).ToString(), new SourceLocation(displayPath, fileLine, column + index)));
            index += length;
            if (index == items.Length)
            {
                break;
            }

            if (items[index] != ',' || index + 1 == items.Length)
            {
                return null;
            }

            index += items[index + 1] == ' ' ? 2 : 1;
            if (index == items.Length)
            {
                // "[a, ]": YAML allows the trailing comma; it is left to YamlDotNet.
                return null;
            }
        }

        return new FrontMatterList(list, at);
    }

    private static bool Has(List<FrontMatterEntry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyChar(char c, bool isFirst) =>
        char.IsAsciiLetter(c) || (!isFirst && (char.IsAsciiDigit(c) || c == '_'));

    /// <summary>
    /// A plain scalar with one reading: it cannot start with an indicator, holds no <c>: </c> or <c> #</c> (no colon or
    /// hash at all), and no trailing space for YAML to trim.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<char> value)
    {
        if (!char.IsAsciiLetterOrDigit(value[0]) || value[^1] == ' ')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not (' ' or '.' or ',' or '_' or '/' or '(' or ')' or '\'' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of a flow list: no flow indicator (<c>, [ ] { }</c>), colon, hash or space in it.</summary>
    private static bool IsWordChar(char c, bool isFirst) =>
        char.IsAsciiLetterOrDigit(c) || (!isFirst && c is '.' or '_' or '-');

    /// <summary>Double-quoted text that means itself: printable ASCII, no escape and no quote.</summary>
    private static bool IsQuotedText(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c > '~' || c is '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}
