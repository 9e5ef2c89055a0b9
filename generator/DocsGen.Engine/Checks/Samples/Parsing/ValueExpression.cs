using System.Text.RegularExpressions;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Works out the string an expression of a sample computes: literals and concatenations of them,
/// interpolated strings, format calls, and variables assigned earlier in the sample. Whatever is
/// only known at run time (an environment variable, a function call) reads as "…" and makes the
/// value inexact: present, but not validated.
/// </summary>
internal sealed partial class ValueExpression(CodeText code)
{
    private const int MaxDepth = 6;

    public SampleValue Evaluate(string expression, int depth = 0)
    {
        var text = expression.Trim();
        if (text.Length == 0 || depth > MaxDepth)
        {
            return SampleValue.Unknown;
        }

        var terms = SplitPlus(text);
        if (terms.Count > 1)
        {
            return terms.Select(t => Evaluate(t, depth + 1)).Aggregate((a, b) => a.Append(b));
        }

        return Term(text, depth);
    }

    private SampleValue Term(string text, int depth)
    {
        while (text.StartsWith('(') && new CodeText(text).Close(0) == text.Length - 1)
        {
            text = text[1..^1].Trim();
        }

        if (StringLiteral().IsMatch(text) && new CodeText(text).SkipString(text.IndexOfAny(['"', '\'', '`'])) == text.Length)
        {
            return Literal(text, depth);
        }

        if (NumberLiteral().IsMatch(text))
        {
            return SampleValue.Literal(text.Replace("_", "", StringComparison.Ordinal).TrimEnd('L', 'l', 'm', 'M', 'f', 'F', 'd', 'D'));
        }

        if (text is "true" or "True" or "false" or "False")
        {
            return SampleValue.Literal(text.ToLowerInvariant());
        }

        if (Identifier().IsMatch(text) && code.Assigned(text) is { } assigned && assigned != text)
        {
            return Evaluate(assigned, depth + 1);
        }

        if (FormatCall().Match(text) is { Success: true } format && new CodeText(text).Inside(format.Length - 1) is { } inside)
        {
            var args = CodeText.SplitTopLevel(inside);
            if (args.Count > 0)
            {
                var pattern = Evaluate(args[0], depth + 1);
                var rest = args.Skip(1).Select(a => Evaluate(a, depth + 1)).ToList();
                var i = 0;
                var exact = pattern.Exact;
                var filled = Placeholder().Replace(pattern.Text, _ =>
                {
                    var value = i < rest.Count ? rest[i++] : SampleValue.Unknown;
                    exact &= value.Exact;
                    return value.Text;
                });
                return new SampleValue(filled, exact);
            }
        }

        // Java's URI.create("..."), C#'s new Uri("..."), JavaScript's new URL("...") and String(...) only wrap a string.
        if (Wrapper().Match(text) is { Success: true } wrapper && new CodeText(text).Close(wrapper.Length - 1) == text.Length - 1)
        {
            var args = CodeText.SplitTopLevel(text[wrapper.Length..^1]);
            if (args.Count == 1)
            {
                return Evaluate(args[0], depth + 1);
            }
        }

        return SampleValue.Unknown;
    }

    private SampleValue Literal(string text, int depth)
    {
        var quoteAt = text.IndexOfAny(['"', '\'', '`']);
        var prefix = text[..quoteAt];
        var content = CodeText.Unquote(text);
        if (content is null)
        {
            return SampleValue.Unknown;
        }

        var interpolated = text[quoteAt] == '`' ? JsInterpolation()
            : prefix.Contains('f', StringComparison.OrdinalIgnoreCase) || prefix.Contains('$') ? BraceInterpolation()
            : null;
        if (interpolated is null)
        {
            return SampleValue.Literal(content);
        }

        var exact = true;
        var result = interpolated.Replace(content, m =>
        {
            var inner = m.Groups["expr"].Value;
            var value = Evaluate(inner.Split(':')[0], depth + 1);
            exact &= value.Exact;
            return value.Text;
        });
        result = result.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        return new SampleValue(result, exact);
    }

    private static List<string> SplitPlus(string text)
    {
        var parts = CodeText.SplitTopLevel(text, '+');

        // A unary sign or "a + -1" is not a concatenation of strings worth reading.
        return parts.Any(p => p.Length == 0) ? [text] : parts;
    }

    [GeneratedRegex(@"^(?:[fFrRbBuU]{1,2}|\$@|@\$|\$+|@)?[""'`]")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^-?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?[lLmMfFdD]?$")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?:fmt\.Sprintf|String\.format|string\.Format)\s*\(")]
    private static partial Regex FormatCall();

    [GeneratedRegex(@"%[sdvq]|\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?:URI\.create|new\s+(?:System\.)?Uri|new\s+URL|String|str|URI)\s*\(")]
    private static partial Regex Wrapper();

    [GeneratedRegex(@"\$\{(?<expr>[^}]*)\}")]
    private static partial Regex JsInterpolation();

    [GeneratedRegex(@"(?<!\{)\{(?<expr>[^{}]+)\}(?!\})")]
    private static partial Regex BraceInterpolation();
}
