using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads the first fetch call of a JavaScript or TypeScript sample: the URL (with url.searchParams or
/// a URLSearchParams query), method, headers and a body of JSON.stringify, URLSearchParams, FormData or text.
/// </summary>
internal static partial class JavaScriptParser
{
    public static HttpSample? Parse(string source)
    {
        var code = new CodeText(source);
        if (FetchCall().Match(source) is not { Success: true } call || code.Inside(call.Index + call.Length - 1) is not { } inside)
        {
            return null;
        }

        var values = new ValueExpression(code);
        var arguments = CodeText.SplitTopLevel(inside);
        if (arguments.Count == 0)
        {
            return null;
        }

        var query = new List<SampleField>();
        var url = values.Evaluate(arguments[0]).Text;
        var urlVariable = arguments[0].Trim();
        foreach (Match m in SearchParam().Matches(source))
        {
            if (m.Groups["target"].Value == urlVariable || m.Groups["target"].Value.StartsWith(urlVariable + ".", StringComparison.Ordinal) || code.Assigned(m.Groups["target"].Value) is not null)
            {
                var value = values.Evaluate(m.Groups["value"].Value);
                query.Add(new SampleField(values.Evaluate(m.Groups["name"].Value).Text, value.Text, value.Exact));
            }
        }

        // `${base}/payments?${params}` with params = new URLSearchParams({...}).
        foreach (Match m in Interpolated().Matches(arguments[0]))
        {
            if (code.Assigned(m.Groups[1].Value) is { } assigned && UrlSearchParams().Match(assigned) is { Success: true } usp &&
                PairLiteral.Read(assigned[usp.Length..^1], values) is { } pairs)
            {
                query.AddRange(pairs.Select(p => Field(p.Name, values.Evaluate(p.Value))));
                url = url.Replace("?" + SampleValue.RunTime, "", StringComparison.Ordinal);
            }
        }

        var options = arguments.Count > 1 ? Resolve(arguments[1], code) : null;
        var pairsOfOptions = options is null ? [] : PairLiteral.Read(options, values) ?? [];
        var method = pairsOfOptions.LastOrDefault(p => p.Name == "method") is { Name: not null } mp && mp.Value is not null ? values.Evaluate(mp.Value).Text.ToUpperInvariant() : "GET";
        var headers = new List<SampleField>();
        var known = true;
        if (pairsOfOptions.LastOrDefault(p => p.Name == "headers").Value is { } headerExpression)
        {
            var literal = Resolve(headerExpression, code);
            if (PairLiteral.Read(Unwrap(literal, "Headers"), values) is { } headerPairs)
            {
                headers.AddRange(headerPairs.Select(p => Field(p.Name, values.Evaluate(p.Value))));
                known = !PairLiteral.Spreads(Unwrap(literal, "Headers"));
            }
            else
            {
                known = false;
            }
        }

        return new HttpSample(method, url)
        {
            Headers = headers,
            HeadersKnown = known,
            Query = query,
            Body = pairsOfOptions.LastOrDefault(p => p.Name == "body").Value is { } body ? Body(body, headers, code, values) : null,
        };
    }

    private static SampleBody Body(string expression, List<SampleField> headers, CodeText code, ValueExpression values)
    {
        var declared = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: true } h ? h.Value : null;
        var text = Resolve(expression, code);
        if (Stringify().Match(text) is { Success: true } stringify && new CodeText(text).Inside(stringify.Length - 1) is { } argument)
        {
            var literal = Resolve(CodeText.SplitTopLevel(argument).FirstOrDefault() ?? "", code);
            return new SampleBody(declared ?? "application/json", LiteralReader.TryRead(literal));
        }

        if (UrlSearchParams().Match(text) is { Success: true } usp && PairLiteral.Read(text[usp.Length..^1], values) is { } pairs)
        {
            return new SampleBody(declared ?? "application/x-www-form-urlencoded", Fields: pairs.Select(p => Field(p.Name, values.Evaluate(p.Value))).ToList());
        }

        if (text.Contains("FormData", StringComparison.Ordinal) || code.Code.Contains("new FormData", StringComparison.Ordinal) && Regex.IsMatch(text, @"^[A-Za-z_]\w*$|^\(\(\)"))
        {
            // Multipart: every form.append("name", value) of the sample; files (Blob, File, streams) are read at run time.
            var fields = new List<SampleField>();
            var forms = FormVariable().Matches(code.Code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in FormAppend().Matches(code.Code).Where(m => forms.Contains(m.Groups[1].Value)))
            {
                if (code.Inside(m.Index + m.Length - 1) is { } args && CodeText.SplitTopLevel(args) is { Count: >= 2 } parts)
                {
                    var value = values.Evaluate(parts[1]);
                    fields.Add(parts.Count > 2 ? new SampleField(values.Evaluate(parts[0]).Text, SampleValue.RunTime, false) : Field(values.Evaluate(parts[0]).Text, value));
                }
            }

            // fetch sets the multipart boundary itself; a Content-Type written by hand would break the request.
            return new SampleBody("multipart/form-data", Fields: fields);
        }

        var plain = values.Evaluate(text);
        return new SampleBody(declared ?? (plain.Exact ? "text/plain" : null), Text: plain.Exact ? plain.Text : null);
    }

    private static string Resolve(string expression, CodeText code)
    {
        var trimmed = expression.Trim();
        return Regex.IsMatch(trimmed, @"^[A-Za-z_$][\w$]*$") && code.Assigned(trimmed) is { } assigned ? assigned : trimmed;
    }

    private static string Unwrap(string text, string type) =>
        Regex.Match(text, @"^new\s+" + type + @"\s*\((.*)\)$", RegexOptions.Singleline) is { Success: true } m ? m.Groups[1].Value : text;

    private static SampleField Field(string name, SampleValue value) => new(name, value.Text, value.Exact);

    [GeneratedRegex(@"\bfetch\s*\(")]
    private static partial Regex FetchCall();

    [GeneratedRegex(@"(?<target>[\w.]+)\.searchParams\.(?:append|set)\(\s*(?<name>[""'`][^""'`]*[""'`])\s*,\s*(?<value>[^)]*)\)")]
    private static partial Regex SearchParam();

    [GeneratedRegex(@"\$\{\s*([A-Za-z_$][\w$]*)\s*\}")]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"^new\s+URLSearchParams\s*\(")]
    private static partial Regex UrlSearchParams();

    [GeneratedRegex(@"^JSON\.stringify\s*\(")]
    private static partial Regex Stringify();

    [GeneratedRegex(@"\b([A-Za-z_$][\w$]*)\.(?:append|set)\s*\(")]
    private static partial Regex FormAppend();

    [GeneratedRegex(@"\b([A-Za-z_$][\w$]*)\s*=\s*new\s+FormData\s*\(")]
    private static partial Regex FormVariable();
}
