using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocsGen.Markdown;

/// <summary>Reads a fenced block's language and options: ```python {include="a.py#x" op=createPayment}.</summary>
internal static class CodeInfo
{
    public static (string? Language, Dictionary<string, string> Attributes) Read(FencedCodeBlock block)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);

        // With generic attributes enabled Markdig has already moved {...} into the block's attributes.
        if (block.TryGetAttributes() is { Properties: { } properties })
        {
            foreach (var (key, value) in properties)
            {
                attributes[key] = value ?? "";
            }
        }

        var arguments = block.Arguments ?? "";
        foreach (var (key, value) in ParsePairs(arguments.Trim().TrimStart('{').TrimEnd('}')))
        {
            attributes.TryAdd(key, value);
        }

        var language = string.IsNullOrWhiteSpace(block.Info) ? null : block.Info.Trim();
        return (language, attributes);
    }

    private static IEnumerable<(string Key, string Value)> ParsePairs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var keyStart = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var key = text[keyStart..i];
            if (i >= text.Length || text[i] != '=')
            {
                // A bare word is a flag, e.g. {run}.
                if (key.Length > 0)
                {
                    yield return (key, "");
                }

                continue;
            }

            i++;
            string value;
            if (i < text.Length && text[i] is '"' or '\'')
            {
                var quote = text[i++];
                var valueStart = i;
                while (i < text.Length && text[i] != quote)
                {
                    i++;
                }

                value = text[valueStart..Math.Min(i, text.Length)];
                i++;
            }
            else
            {
                var valueStart = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                value = text[valueStart..i];
            }

            if (key.Length > 0)
            {
                yield return (key, value);
            }
        }
    }
}
