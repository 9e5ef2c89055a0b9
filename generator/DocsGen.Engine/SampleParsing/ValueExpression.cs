using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

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
            // Go builds a URL in steps: target := "…"; target += "?" + strings.Join(query, "&").
            return CompoundAppends(text).Aggregate(Evaluate(assigned, depth + 1), (value, appended) => value.Append(Evaluate(appended, depth + 1)));
        }

        if (Conditional(text) is { } conditional)
        {
            return Evaluate(conditional, depth + 1);
        }

        if (JoinedList(text) is { } joined)
        {
            return joined.Items.Select(item => Evaluate(item, depth + 1)).DefaultIfEmpty(SampleValue.Literal(""))
                .Aggregate((a, b) => a.Append(SampleValue.Literal(joined.Separator)).Append(b));
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

    /// <summary>
    /// The branch a conditional that only tests whether a query list is empty takes (generated samples add
    /// "?" + the joined list when there is something in it): `list.length > 0 ? a : b` and `a if list else b`.
    /// Null for any other conditional, whose value the sample cannot tell.
    /// </summary>
    private string? Conditional(string text)
    {
        string condition, whenTrue, whenFalse;
        if (CodeText.TopLevelIndex(text, " if ") is > 0 and var ifAt && CodeText.TopLevelIndex(text, " else ") is var elseAt && elseAt > ifAt)
        {
            (whenTrue, condition, whenFalse) = (text[..ifAt], text[(ifAt + 4)..elseAt], text[(elseAt + 6)..]);
        }
        else if (CodeText.SplitTopLevel(text, '?') is { Count: 2 } ternary && CodeText.SplitTopLevel(ternary[1], ':') is { Count: 2 } branches)
        {
            (condition, whenTrue, whenFalse) = (ternary[0], branches[0], branches[1]);
        }
        else
        {
            return null;
        }

        var emptiness = EmptinessTest().Match(condition.Trim());
        if (!emptiness.Success || ListItems(emptiness.Groups["list"].Value) is not { } items)
        {
            return null;
        }

        var testsEmpty = emptiness.Groups["empty"].Success;
        return (items.Count > 0) != testsEmpty ? whenTrue : whenFalse;
    }

    /// <summary>A list joined into one string (JavaScript, Python, C#, Java and Go spellings), with its items.</summary>
    private (List<string> Items, string Separator)? JoinedList(string text)
    {
        if (JoinCall().Match(text) is not { Success: true } join || join.Length != text.Length)
        {
            return null;
        }

        var separator = CodeText.Unquote(join.Groups["sep"].Value);
        return separator is not null && ListItems(join.Groups["list"].Value) is { } items ? (items, separator) : null;
    }

    /// <summary>The items of a list variable: its literal ([...], new List&lt;string&gt; {...}, []string{...}) and later add/push/append calls.</summary>
    private List<string>? ListItems(string name)
    {
        if (code.Assigned(name) is not { } assigned)
        {
            return null;
        }

        var items = new List<string>();
        if (ListLiteral().Match(assigned) is { Success: true } literal && new CodeText(assigned).Inside(literal.Length - 1) is { } inside)
        {
            items.AddRange(CodeText.SplitTopLevel(inside));
        }
        else if (CSharpListInitializer().Matches(code.Code).LastOrDefault(m => m.Groups["list"].Value == name) is { } initializer &&
            code.Inside(initializer.Index + initializer.Length - 1) is { } initialized)
        {
            // var query = new List<string>\n{ ... }: the initializer starts on the next line, past the statement Assigned reads.
            items.AddRange(CodeText.SplitTopLevel(initialized));
        }
        else if (!EmptyList().IsMatch(assigned))
        {
            return null;
        }

        foreach (Match m in ListAdd().Matches(code.Code))
        {
            if (m.Groups["list"].Value == name && code.Inside(m.Index + m.Length - 1) is { } argument)
            {
                items.Add(argument.Trim());
            }
        }

        foreach (Match m in GoAppend().Matches(code.Code))
        {
            if (m.Groups["list"].Value == name && m.Groups["again"].Value == name && code.Inside(m.Groups["open"].Index) is { } arguments)
            {
                items.AddRange(CodeText.SplitTopLevel(arguments).Skip(1));
            }
        }

        return items;
    }

    private IEnumerable<string> CompoundAppends(string name)
    {
        foreach (Match m in CompoundAppend().Matches(code.Code))
        {
            if (m.Groups["name"].Value == name)
            {
                yield return code.Expression(m.Index + m.Length);
            }
        }
    }

    private static List<string> SplitPlus(string text)
    {
        var parts = CodeText.SplitTopLevel(text, '+');

        // A unary sign or "a + -1" is not a concatenation of strings worth reading.
        return parts.Any(p => p.Length == 0) ? [text] : parts;
    }

    [GeneratedRegex(@"^(?:(?<list>[A-Za-z_]\w*)\.join\(\s*(?<sep>""[^""]*""|'[^']*')\s*\)|(?<sep>""[^""]*""|'[^']*')\.join\(\s*(?<list>[A-Za-z_]\w*)\s*\)|(?:string|String)\.[jJ]oin\(\s*(?<sep>""[^""]*"")\s*,\s*(?<list>[A-Za-z_]\w*)\s*\)|strings\.Join\(\s*(?<list>[A-Za-z_]\w*)\s*,\s*(?<sep>""[^""]*""|`[^`]*`)\s*\))")]
    private static partial Regex JoinCall();

    [GeneratedRegex(@"^(?:(?<list>[A-Za-z_]\w*)\.(?:length|Count|size\(\))\s*(?:>\s*0|!=\s*0)|len\((?<list>[A-Za-z_]\w*)\)\s*>\s*0|(?<list>[A-Za-z_]\w*)(?<empty>\.isEmpty\(\))|(?<list>[A-Za-z_]\w*))$")]
    private static partial Regex EmptinessTest();

    [GeneratedRegex(@"^(?:\[\]string\s*\{|\[|new\s+(?:System\.Collections\.Generic\.)?List\s*<\s*string\s*>\s*(?:\(\s*\))?\s*\{|(?:List\.of|Arrays\.asList)\s*\(|new\s*\(\s*\)\s*\{)")]
    private static partial Regex ListLiteral();

    [GeneratedRegex(@"^(?:new\s+ArrayList\s*<[^>]*>\s*\(\s*\)|new\s+(?:System\.Collections\.Generic\.)?List\s*<\s*string\s*>\s*\(\s*\)|\[\s*\]|\[\]string\s*\{\s*\}|list\(\s*\))$")]
    private static partial Regex EmptyList();

    [GeneratedRegex(@"\b(?<list>[A-Za-z_]\w*)\s*=\s*new\s+(?:System\.Collections\.Generic\.)?List\s*<\s*string\s*>\s*(?:\(\s*\))?\s*\{")]
    private static partial Regex CSharpListInitializer();

    [GeneratedRegex(@"\b(?<list>[A-Za-z_]\w*)\.(?:add|Add|push|append)\s*\(")]
    private static partial Regex ListAdd();

    [GeneratedRegex(@"\b(?<list>[A-Za-z_]\w*)\s*=\s*append\s*(?<open>\()\s*(?<again>[A-Za-z_]\w*)\s*,")]
    private static partial Regex GoAppend();

    [GeneratedRegex(@"\b(?<name>[A-Za-z_]\w*)\s*\+=\s*")]
    private static partial Regex CompoundAppend();

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
