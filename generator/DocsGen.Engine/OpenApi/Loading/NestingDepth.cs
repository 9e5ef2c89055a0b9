using DocsGen.Diagnostics;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// The deepest run of '[' and '{' in a JSON or flow-style YAML text, found by one linear scan before any parser
/// sees it. The YAML parser and the readers recurse per level, so 100,000 brackets overflow the stack, which
/// .NET cannot catch: the process would abort. Real specs nest a few dozen levels.
/// </summary>
internal static class NestingDepth
{
    public const int Limit = 1000;

    /// <summary>Reports text nested deeper than <see cref="Limit"/> at the bracket that goes too deep; true when it does.</summary>
    public static bool Exceeds(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var depth = 0;
        var (line, column) = (1, 0);
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column) = (line + 1, 0);
                // Quoted YAML scalars may span lines; a JSON string never does, but a stray quote must not hide the rest.
                continue;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                    column++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quote = c;
                    break;
                case '\'' when i > 0 && !char.IsLetterOrDigit(text[i - 1]):
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    // A YAML comment runs to the end of the line.
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '[' or '{':
                    if (++depth > Limit)
                    {
                        diagnostics.Error(DiagnosticCodes.SpecInvalid, $"The document is nested more than {Limit} levels deep.",
                            new SourceLocation(displayPath, line, column), "Real specs nest a few dozen levels; this is likely generated or corrupt data.");
                        return true;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return false;
    }
}
