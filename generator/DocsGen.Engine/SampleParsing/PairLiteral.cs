using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads name/value pairs written as a literal in any sample language: a dict or object
/// (<c>{"a": x}</c>, <c>{ a: x }</c>), a list of pairs (<c>[("a", x)]</c>, <c>[["a", x]]</c>), a C#
/// dictionary or KeyValuePair array, a Go map or url.Values. Values are returned as expressions.
/// </summary>
internal static partial class PairLiteral
{
    /// <returns>The pairs, or null when the text is not such a literal.</returns>
    public static List<(string Name, string Value)>? Read(string literal, ValueExpression values)
    {
        var text = Prefix().Replace(literal.Trim(), "");
        if (text.Length < 2 || text[0] is not ('{' or '[' or '(') || new CodeText(text).Close(0) != text.Length - 1)
        {
            return null;
        }

        var pairs = new List<(string, string)>();
        foreach (var item in CodeText.SplitTopLevel(text[1..^1]))
        {
            var entry = Prefix().Replace(item, "");
            if (Indexer().Match(entry) is { Success: true } indexer)
            {
                pairs.Add((Name(indexer.Groups["key"].Value, values), entry[indexer.Length..].Trim()));
                continue;
            }

            if (KeyValuePairCall().Match(entry) is { Success: true } call && new CodeText(entry).Inside(call.Length - 1) is { } args &&
                CodeText.SplitTopLevel(args) is { Count: 2 } kv)
            {
                pairs.Add((Name(kv[0], values), kv[1]));
                continue;
            }

            // ("a", x), ["a", x], { "a", x }: a pair written as a tuple.
            if (entry.Length > 1 && entry[0] is '(' or '[' or '{' && new CodeText(entry).Close(0) == entry.Length - 1 &&
                CodeText.SplitTopLevel(entry[1..^1]) is { Count: 2 } parts)
            {
                pairs.Add((Name(parts[0], values), parts[1]));
                continue;
            }

            if (CodeText.KeyValue(entry, ':', '=') is { } pair && pair.Key.Length > 0)
            {
                pairs.Add((Name(pair.Key, values), pair.Value));
            }
        }

        return pairs;
    }

    /// <summary>True when the literal spreads another collection into itself ({**defaults, ...}, { ...defaults }): its pairs are then not all written.</summary>
    public static bool Spreads(string literal)
    {
        var text = literal.Trim();
        return text.Length >= 2 && text[0] is '{' or '[' && CodeText.SplitTopLevel(text[1..^1]).Any(e => e.StartsWith("**", StringComparison.Ordinal) || e.StartsWith("...", StringComparison.Ordinal));
    }

    /// <summary>The elements of a Go []string{"a", "b"} or a list literal; a single expression otherwise.</summary>
    public static List<string> Items(string expression)
    {
        var text = Prefix().Replace(expression.Trim(), "");
        if (text.Length >= 2 && text[0] is '{' or '[' && new CodeText(text).Close(0) == text.Length - 1)
        {
            return CodeText.SplitTopLevel(text[1..^1]);
        }

        return [expression.Trim()];
    }

    private static string Name(string key, ValueExpression values)
    {
        var trimmed = key.Trim();
        return CodeText.IsQuote(trimmed.FirstOrDefault()) || trimmed.StartsWith('f') || trimmed.StartsWith('@') ? values.Evaluate(trimmed).Text : trimmed;
    }

    // new Dictionary<string, string>, new[], url.Values, map[string]string, []string, new Headers(, dict(
    [GeneratedRegex(@"^(?:new\s*(?:[\w.]+(?:<[^>]*>)?)?\s*(?:\[\])?\s*(?:\(\s*\))?|url\.Values|http\.Header|map\[[^\]]*\][\w\[\]]*|\[\]\w+|&?\w+\.Values)\s*(?=[{\[(])")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:KeyValuePair\.Create|new\s+KeyValuePair<[^>]*>|Map\.entry|entry)\s*\(")]
    private static partial Regex KeyValuePairCall();

    [GeneratedRegex(@"^\[\s*(?<key>""[^""]*"")\s*\]\s*=")]
    private static partial Regex Indexer();
}
