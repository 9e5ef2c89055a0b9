using System.Runtime.CompilerServices;
using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// Names samples derive from the spec. Environment variables are the security scheme's key in
/// SCREAMING_SNAKE_CASE (ApiKeyAuth: API_KEY_AUTH, petstore_auth: PETSTORE_AUTH, OAuth2: OAUTH2);
/// Basic adds _USERNAME and _PASSWORD. Placeholders are the parameter name the same way, in angle brackets.
/// </summary>
internal static class SampleNames
{
    public static string ScreamingSnake(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (sb.Length > 0 && sb[^1] != '_')
                {
                    sb.Append('_');
                }

                continue;
            }

            if (char.IsAsciiLetterUpper(c) && i > 0 && sb.Length > 0 && sb[^1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]);
                // "ApiKey" splits before K; "APIKey" splits before K (the run "API" ends); "OAuth" stays one word.
                var runOfUpper = i >= 2 && char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterUpper(name[i - 2]);
                if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous) || (nextIsLower && runOfUpper))
                {
                    sb.Append('_');
                }
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        var result = sb.ToString().Trim('_');
        return result.Length == 0 ? "API_CREDENTIAL" : char.IsAsciiDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>camelCase for JavaScript, C#, Go and Java variables.</summary>
    public static string Camel(string snake)
    {
        var words = snake.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return text.Length == 0 || char.IsAsciiDigit(text[0]) ? "v" + text : text;
    }

    public static string Snake(string snake) => snake.ToLowerInvariant();

    /// <summary>One line of comment text: markup dropped, line breaks folded, cut at a sentence or 100 characters.</summary>
    /// <summary>
    /// Each description's comment text, made once: a parameter's description is one string (DescriptionCache) shared by
    /// every operation that has the parameter, and Kubernetes' 1,123 operations repeat a few dozen long ones in six
    /// languages. Keyed by reference, so an entry lives only as long as the description does.
    /// </summary>
    private static readonly ConditionalWeakTable<string, string> CommentTexts = [];

    public static string CommentText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        return CommentTexts.GetValue(html, MakeCommentText);
    }

    private static string MakeCommentText(string html)
    {
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " "));
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            // Every language's line comment ends at a line break, and JavaScript also at U+2028/U+2029.
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        }

        var line = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), "\\s+", " ").Trim();
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0)
        {
            line = line[..(stop + 1)];
        }

        return line.Length > 100 ? line[..97].TrimEnd() + "..." : line;
    }
}
