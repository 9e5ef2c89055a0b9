using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads the request of a Go sample: http.NewRequest (or http.Get/Post/PostForm), req.Header.Set/Add,
/// SetBasicAuth, a query built with url.Values, and a body read from a string, bytes or url.Values.
/// </summary>
internal static partial class GoParser
{
    public static HttpSample? Parse(string source)
    {
        var code = new CodeText(source);
        var values = new ValueExpression(code);
        string? method;
        string urlExpression;
        string? bodyExpression = null;
        string? contentType = null;
        if (NewRequest().Match(source) is { Success: true } request && code.Inside(request.Index + request.Length - 1) is { } args &&
            CodeText.SplitTopLevel(args) is { Count: >= 3 } parts)
        {
            var offset = request.Groups["ctx"].Success ? 1 : 0;
            if (parts.Count < 3 + offset)
            {
                return null;
            }

            method = Method(parts[offset], values);
            urlExpression = parts[offset + 1];
            bodyExpression = parts[offset + 2] == "nil" ? null : parts[offset + 2];
        }
        else if (ShortCall().Match(source) is { Success: true } call && code.Inside(call.Index + call.Length - 1) is { } callArgs &&
            CodeText.SplitTopLevel(callArgs) is { Count: >= 1 } callParts)
        {
            var verb = call.Groups["verb"].Value;
            method = verb == "Get" ? "GET" : "POST";
            urlExpression = callParts[0];
            if (verb == "PostForm" && callParts.Count > 1)
            {
                bodyExpression = callParts[1];
                contentType = "application/x-www-form-urlencoded";
            }
            else if (verb == "Post" && callParts.Count > 2)
            {
                contentType = values.Evaluate(callParts[1]).Text;
                bodyExpression = callParts[2];
            }
        }
        else
        {
            return null;
        }

        var headers = new List<SampleField>();
        foreach (Match m in HeaderSet().Matches(source))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: 2 } nv)
            {
                var value = values.Evaluate(nv[1]);
                headers.Add(new SampleField(values.Evaluate(nv[0]).Text, value.Text, value.Exact));
            }
        }

        if (contentType is not null && !headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(new SampleField("Content-Type", contentType));
        }

        var query = new List<SampleField>();
        foreach (Match m in QueryAdd().Matches(source))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: 2 } nv && IsQueryVariable(m.Groups["var"].Value, code))
            {
                var value = values.Evaluate(nv[1]);
                query.Add(new SampleField(values.Evaluate(nv[0]).Text, value.Text, value.Exact));
            }
        }

        // target += "?" + strings.Join(query, "&") sits under `if len(query) > 0`; an empty list leaves no "?".
        var url = values.Evaluate(urlExpression).Text.TrimEnd('?');

        // "https://…/payments?" + params.Encode() with params := url.Values{...}
        foreach (Match m in Encoded().Matches(urlExpression))
        {
            if (code.Assigned(m.Groups[1].Value) is { } assigned)
            {
                query.AddRange(ValuesLiteral(assigned, values));
                url = url.Replace("?" + SampleValue.RunTime, "", StringComparison.Ordinal);
            }
        }

        return new HttpSample(method, url)
        {
            Headers = headers,
            Query = query,
            Body = bodyExpression is null ? null : Body(bodyExpression, headers, code, values),
            HasBasicAuth = source.Contains(".SetBasicAuth(", StringComparison.Ordinal),
        };
    }

    private static bool IsQueryVariable(string variable, CodeText code) =>
        code.Assigned(variable) is { } assigned && (assigned.Contains("URL.Query()", StringComparison.Ordinal) || assigned.Contains("url.Values", StringComparison.Ordinal)) &&
        !IsBodyVariable(variable, code);

    private static bool IsBodyVariable(string variable, CodeText code) =>
        Regex.IsMatch(code.Code, @"\b(?:strings\.NewReader|bytes\.NewBufferString)\s*\(\s*" + Regex.Escape(variable) + @"\.Encode\(\)") ||
        Regex.IsMatch(code.Code, @"http\.PostForm\([^,]+,\s*" + Regex.Escape(variable) + @"\s*\)");

    private static string? Method(string expression, ValueExpression values)
    {
        var text = expression.Trim();
        return Regex.Match(text, @"^http\.Method(\w+)$") is { Success: true } named ? named.Groups[1].Value.ToUpperInvariant() : values.Evaluate(text).Text.ToUpperInvariant();
    }

    private static SampleBody Body(string expression, List<SampleField> headers, CodeText code, ValueExpression values)
    {
        var declared = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: true } h ? h.Value : null;
        var text = Resolve(expression, code);
        if (MultipartWriter().Match(code.Code) is { Success: true } writer && writer.Groups["buffer"].Value == text.TrimStart('&'))
        {
            // Parts written some other way (CreatePart) cannot be told, so an empty list is "unknown", not "no fields".
            return new SampleBody("multipart/form-data", Fields: MultipartFields(writer.Groups["writer"].Value, code, values) is { Count: > 0 } parts ? parts : null);
        }

        if (Reader().Match(text) is { Success: true } reader && new CodeText(text).Inside(reader.Length - 1) is { } inner)
        {
            text = Resolve(inner.Trim(), code);
            if (Regex.Match(text, @"^\[\]byte\s*\((.*)\)$", RegexOptions.Singleline) is { Success: true } bytes)
            {
                text = Resolve(bytes.Groups[1].Value, code);
            }
        }

        if (Regex.Match(text, @"^([A-Za-z_]\w*)\.Encode\(\)$") is { Success: true } encode && code.Assigned(encode.Groups[1].Value) is { } form)
        {
            var fields = ValuesLiteral(form, values);
            fields.AddRange(Setters(encode.Groups[1].Value, code, values));
            return new SampleBody(declared ?? "application/x-www-form-urlencoded", Fields: fields);
        }

        if (text.StartsWith("url.Values", StringComparison.Ordinal))
        {
            return new SampleBody(declared ?? "application/x-www-form-urlencoded", Fields: ValuesLiteral(text, values));
        }

        var value = values.Evaluate(text);
        return new SampleBody(declared, Text: value.Exact ? value.Text : null);
    }

    /// <summary>The parts a mime/multipart writer writes: WriteField("name", value), and files (CreateFormFile) read at run time.</summary>
    private static List<SampleField> MultipartFields(string writer, CodeText code, ValueExpression values)
    {
        var fields = new List<SampleField>();
        foreach (Match m in Regex.Matches(code.Code, @"\b" + Regex.Escape(writer) + @"\.(?<call>WriteField|CreateFormFile|CreateFormField)\s*\("))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: >= 1 } args)
            {
                var name = values.Evaluate(args[0]).Text;
                fields.Add(m.Groups["call"].Value == "WriteField" && args.Count == 2
                    ? new SampleField(name, values.Evaluate(args[1]).Text, values.Evaluate(args[1]).Exact)
                    : new SampleField(name, SampleValue.RunTime, false));
            }
        }

        return fields;
    }

    private static List<SampleField> Setters(string variable, CodeText code, ValueExpression values)
    {
        var fields = new List<SampleField>();
        foreach (Match m in Regex.Matches(code.Code, @"\b" + Regex.Escape(variable) + @"\.(?:Set|Add)\s*\("))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: 2 } nv)
            {
                var value = values.Evaluate(nv[1]);
                fields.Add(new SampleField(values.Evaluate(nv[0]).Text, value.Text, value.Exact));
            }
        }

        return fields;
    }

    /// <summary>url.Values{"a": {"1"}, "b": []string{"2", "3"}} as fields, repeated names for several values.</summary>
    private static List<SampleField> ValuesLiteral(string literal, ValueExpression values)
    {
        var fields = new List<SampleField>();
        foreach (var (name, value) in PairLiteral.Read(literal, values) ?? [])
        {
            foreach (var item in PairLiteral.Items(value))
            {
                var v = values.Evaluate(item);
                fields.Add(new SampleField(name, v.Text, v.Exact));
            }
        }

        return fields;
    }

    private static string Resolve(string expression, CodeText code)
    {
        var trimmed = expression.Trim();
        return Regex.IsMatch(trimmed, @"^[A-Za-z_]\w*$") && code.Assigned(trimmed) is { } assigned ? assigned : trimmed;
    }

    [GeneratedRegex(@"\b(?<writer>[A-Za-z_]\w*)\s*:?=\s*multipart\.NewWriter\(\s*&?(?<buffer>[A-Za-z_]\w*)\s*\)")]
    private static partial Regex MultipartWriter();

    [GeneratedRegex(@"\bhttp\.NewRequest(?<ctx>WithContext)?\s*\(")]
    private static partial Regex NewRequest();

    [GeneratedRegex(@"\bhttp\.(?<verb>Get|Post|PostForm)\s*\(")]
    private static partial Regex ShortCall();

    [GeneratedRegex(@"\.Header\s*\.\s*(?:Set|Add)\s*\(")]
    private static partial Regex HeaderSet();

    [GeneratedRegex(@"\b(?<var>[A-Za-z_]\w*)\s*\.\s*(?:Set|Add)\s*\(")]
    private static partial Regex QueryAdd();

    [GeneratedRegex(@"\b([A-Za-z_]\w*)\.Encode\(\)")]
    private static partial Regex Encoded();

    [GeneratedRegex(@"^(?:strings\.NewReader|bytes\.NewBufferString|bytes\.NewReader|bytes\.NewBuffer)\s*\(")]
    private static partial Regex Reader();
}
