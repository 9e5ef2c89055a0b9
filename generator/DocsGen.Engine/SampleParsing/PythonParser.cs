using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>Reads the first requests (or httpx) call of a Python sample: params=, json=, data=, files=, auth=, headers=.</summary>
internal static partial class PythonParser
{
    public static HttpSample? Parse(string source)
    {
        var code = new CodeText(source);
        if (Call().Match(source) is not { Success: true } call || code.Inside(call.Index + call.Length - 1) is not { } inside)
        {
            return null;
        }

        var values = new ValueExpression(code);
        var positional = new List<string>();
        var keywords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in CodeText.SplitTopLevel(inside))
        {
            if (Keyword().Match(argument) is { Success: true } keyword)
            {
                keywords[keyword.Groups[1].Value] = argument[keyword.Length..].Trim();
            }
            else
            {
                positional.Add(argument);
            }
        }

        var verb = call.Groups["verb"].Value;
        string? method;
        string? urlExpression;
        if (verb == "request")
        {
            method = (keywords.GetValueOrDefault("method") ?? positional.ElementAtOrDefault(0)) is { } m ? values.Evaluate(m).Text.ToUpperInvariant() : null;
            urlExpression = keywords.GetValueOrDefault("url") ?? positional.ElementAtOrDefault(1);
        }
        else
        {
            method = verb.ToUpperInvariant();
            urlExpression = keywords.GetValueOrDefault("url") ?? positional.ElementAtOrDefault(0);
        }

        if (urlExpression is null)
        {
            return null;
        }

        var (headers, known) = Fields(keywords.GetValueOrDefault("headers"), code, values);
        var (query, queryKnown) = Fields(keywords.GetValueOrDefault("params"), code, values);
        if (keywords.GetValueOrDefault("params") is { } paramsVariable && Regex.IsMatch(paramsVariable.Trim(), @"^[A-Za-z_]\w*$") &&
            Regex.IsMatch(source, @"\b" + Regex.Escape(paramsVariable.Trim()) + @"\s*(?:\[[^\]]*\]\s*=|\.update\()"))
        {
            // params["cursor"] = ... after the call's first use: the query changes as the program runs.
            queryKnown = false;
        }

        var cookies = Fields(keywords.GetValueOrDefault("cookies"), code, values).Fields;
        if (cookies.Count > 0)
        {
            headers.Add(new SampleField("Cookie", string.Join("; ", cookies.Select(c => c.Name + "=" + c.Value)), cookies.All(c => c.Exact)));
        }

        var basic = keywords.TryGetValue("auth", out var auth) && (auth.TrimStart().StartsWith('(') || auth.Contains("HTTPBasicAuth", StringComparison.Ordinal) || auth.TrimStart().StartsWith('['));
        if (keywords.TryGetValue("auth", out var other) && !basic && other.Contains("Bearer", StringComparison.Ordinal))
        {
            headers.Add(new SampleField("Authorization", "Bearer " + SampleValue.RunTime, false));
        }

        // A Session (or client) may carry default headers set outside the sample: what it sends is not all in the call.
        var onModule = call.Groups["target"].Value is "requests" or "httpx";
        return new HttpSample(method, values.Evaluate(urlExpression).Text)
        {
            Headers = headers,
            HeadersKnown = known && onModule,
            Query = query,
            QueryKnown = queryKnown,
            Body = Body(keywords, headers, code, values),
            HasBasicAuth = basic,
        };
    }

    private static SampleBody? Body(Dictionary<string, string> keywords, List<SampleField> headers, CodeText code, ValueExpression values)
    {
        var declared = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: true } h ? h.Value : null;
        if (keywords.TryGetValue("json", out var json))
        {
            var literal = Resolve(json, code);
            return new SampleBody(declared ?? "application/json", LiteralReader.TryRead(literal));
        }

        if (keywords.TryGetValue("files", out var files))
        {
            var fields = Fields(files, code, values, multipart: true).Fields;
            if (keywords.TryGetValue("data", out var extra))
            {
                fields.InsertRange(0, Fields(extra, code, values).Fields);
            }

            return new SampleBody("multipart/form-data", Fields: fields);
        }

        if (keywords.TryGetValue("data", out var data))
        {
            var literal = Resolve(data, code);
            if (PairLiteral.Read(literal, values) is not null)
            {
                return new SampleBody(declared ?? "application/x-www-form-urlencoded", Fields: Fields(data, code, values).Fields);
            }

            var text = values.Evaluate(literal);
            return new SampleBody(declared, Text: text.Exact ? text.Text : null);
        }

        return null;
    }

    private static string Resolve(string expression, CodeText code)
    {
        var trimmed = expression.Trim();
        return Regex.IsMatch(trimmed, @"^[A-Za-z_]\w*$") && code.Assigned(trimmed) is { } assigned ? assigned : trimmed;
    }

    /// <summary>A dict or list of pairs; null or a variable the parser cannot follow gives no fields and Known false.</summary>
    private static (List<SampleField> Fields, bool Known) Fields(string? expression, CodeText code, ValueExpression values, bool multipart = false)
    {
        if (expression is null)
        {
            return ([], true);
        }

        var literal = Resolve(expression, code);
        if (PairLiteral.Read(literal, values) is not { } pairs)
        {
            return ([], false);
        }

        var fields = new List<SampleField>();
        foreach (var (name, value) in pairs)
        {
            // params={"expand": ["a", "b"]} repeats the name; files={"doc": ("a.pdf", open(...))} is a file part.
            var trimmed = value.Trim();
            if (multipart && trimmed.StartsWith('(') && CodeText.SplitTopLevel(trimmed[1..^1]) is { Count: >= 2 } tuple)
            {
                fields.Add(tuple[0] == "None" ? Field(name, values.Evaluate(tuple[1])) : new SampleField(name, SampleValue.RunTime, false));
            }
            else if (multipart && !CodeText.IsQuote(trimmed.FirstOrDefault()))
            {
                fields.Add(new SampleField(name, SampleValue.RunTime, false));
            }
            else if (trimmed.StartsWith('[') || (trimmed.StartsWith('(') && !multipart))
            {
                fields.AddRange(PairLiteral.Items(trimmed).Select(item => Field(name, values.Evaluate(item))));
            }
            else
            {
                fields.Add(Field(name, values.Evaluate(trimmed)));
            }
        }

        return (fields, !PairLiteral.Spreads(literal));
    }

    private static SampleField Field(string name, SampleValue value) => new(name, value.Text, value.Exact);

    [GeneratedRegex(@"\b(?<target>requests|httpx|session|client|s)\s*\.\s*(?<verb>request|get|post|put|patch|delete|head|options)\s*\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"^([A-Za-z_]\w*)\s*=(?!=)")]
    private static partial Regex Keyword();
}
