using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads the HttpClient call of a C# sample: an HttpRequestMessage or a Get/Post/Put/Patch/DeleteAsync
/// call, its headers (request or DefaultRequestHeaders, AuthenticationHeaderValue), and a body of
/// StringContent, JsonContent, FormUrlEncodedContent or MultipartFormDataContent.
/// </summary>
internal static partial class CSharpParser
{
    public static HttpSample? Parse(string source)
    {
        var code = new CodeText(source);
        var values = new ValueExpression(code);
        string? method;
        string urlExpression;
        string? contentExpression = null;
        if (Message().Match(source) is { Success: true } message && code.Inside(message.Index + message.Length - 1) is { } args &&
            CodeText.SplitTopLevel(args) is { Count: >= 2 } parts)
        {
            method = Method(parts[0], values);
            urlExpression = parts[1];
        }
        else if (ClientCall().Match(source) is { Success: true } call && code.Inside(call.Index + call.Length - 1) is { } callArgs &&
            CodeText.SplitTopLevel(callArgs) is { Count: >= 1 } callParts)
        {
            method = call.Groups["verb"].Value.ToUpperInvariant();
            urlExpression = callParts[0];
            if (callParts.Count > 1)
            {
                contentExpression = call.Groups["json"].Success ? "JsonContent.Create(" + callParts[1] + ")" : callParts[1];
            }
        }
        else
        {
            return null;
        }

        var headers = new List<SampleField>();
        foreach (Match m in HeaderAdd().Matches(source))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: 2 } nv)
            {
                var value = values.Evaluate(nv[1]);
                headers.Add(new SampleField(values.Evaluate(nv[0]).Text, value.Text, value.Exact));
            }
        }

        foreach (Match m in Authorization().Matches(source))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: >= 1 } sp)
            {
                var scheme = values.Evaluate(sp[0]);
                var parameter = sp.Count > 1 ? values.Evaluate(sp[1]) : SampleValue.Literal("");
                headers.Add(new SampleField("Authorization", scheme.Text + " " + parameter.Text, scheme.Exact && parameter.Exact));
            }
        }

        contentExpression ??= ContentAssignment().Match(source) is { Success: true } assignment ? code.Expression(assignment.Index + assignment.Length) : null;
        // An HttpClient made elsewhere may carry DefaultRequestHeaders the sample does not show.
        return new HttpSample(method, values.Evaluate(urlExpression).Text)
        {
            Headers = headers,
            HeadersKnown = Regex.IsMatch(source, @"\bnew\s+HttpClient\s*\(|\bHttpClient\s+\w+\s*=\s*new\s*\("),
            Body = contentExpression is null ? null : Body(contentExpression, code, values),
        };
    }

    private static string? Method(string expression, ValueExpression values)
    {
        var text = expression.Trim();
        if (Regex.Match(text, @"^(?:System\.Net\.Http\.)?HttpMethod\.(\w+)$") is { Success: true } named)
        {
            return named.Groups[1].Value.ToUpperInvariant();
        }

        if (Regex.Match(text, @"^new\s+(?:System\.Net\.Http\.)?HttpMethod\s*\((.*)\)$", RegexOptions.Singleline) is { Success: true } created)
        {
            return values.Evaluate(created.Groups[1].Value).Text.ToUpperInvariant();
        }

        return null;
    }

    private static SampleBody Body(string expression, CodeText code, ValueExpression values)
    {
        var text = expression.Trim();
        if (Regex.IsMatch(text, @"^[A-Za-z_]\w*$") && code.Assigned(text) is { } assigned)
        {
            text = assigned;
        }

        var declared = ContentTypeSet().Match(code.Code) is { Success: true } set ? values.Evaluate(set.Groups["type"].Value) : null;
        var overridden = declared is { Exact: true } ? declared.Text : null;
        if (Regex.Match(text, @"^(?:System\.Net\.Http\.Json\.)?JsonContent\.Create(?:<[^>]*>)?\s*\(") is { Success: true } json &&
            new CodeText(text).Inside(json.Length - 1) is { } jsonArgs && CodeText.SplitTopLevel(jsonArgs) is { Count: >= 1 } jsonParts)
        {
            var value = jsonParts[0];
            var literal = Regex.IsMatch(value, @"^[A-Za-z_]\w*$") && code.Assigned(value) is { } v ? v : value;
            var mediaType = jsonParts.Skip(1).Select(p => Regex.Match(p, @"MediaTypeHeaderValue\s*\(\s*(""[^""]*"")")).FirstOrDefault(m => m.Success) is { } mt
                ? values.Evaluate(mt.Groups[1].Value).Text
                : null;
            return new SampleBody(overridden ?? mediaType ?? "application/json", LiteralReader.TryRead(literal));
        }

        if (Regex.Match(text, @"^new\s+(?:System\.Net\.Http\.)?StringContent\s*\(") is { Success: true } stringContent &&
            new CodeText(text).Inside(stringContent.Length - 1) is { } stringArgs && CodeText.SplitTopLevel(stringArgs) is { Count: >= 1 } stringParts)
        {
            var body = values.Evaluate(stringParts[0]);
            var mediaType = stringParts.Count >= 3 ? values.Evaluate(Regex.Replace(stringParts[2], @"^new\s+MediaTypeHeaderValue\s*\((.*)\)$", "$1")) : null;
            return new SampleBody(overridden ?? (mediaType is { Exact: true } ? mediaType.Text : stringParts.Count >= 3 ? null : "text/plain"), Text: body.Exact ? body.Text : null);
        }

        if (Regex.Match(text, @"^new\s+(?:System\.Net\.Http\.)?FormUrlEncodedContent\s*\(") is { Success: true } form &&
            new CodeText(text).Inside(form.Length - 1) is { } formArgs)
        {
            var literal = Regex.IsMatch(formArgs.Trim(), @"^[A-Za-z_]\w*$") && code.Assigned(formArgs.Trim()) is { } f ? f : formArgs;
            var fields = PairLiteral.Read(literal, values)?.Select(p => Field(p.Name, values.Evaluate(p.Value))).ToList();
            return new SampleBody(overridden ?? "application/x-www-form-urlencoded", Fields: fields);
        }

        if (text.Contains("MultipartFormDataContent", StringComparison.Ordinal) || Regex.IsMatch(code.Code, @"\bnew\s+MultipartFormDataContent\b"))
        {
            var fields = new List<SampleField>();
            foreach (Match m in MultipartAdd().Matches(code.Code))
            {
                if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: >= 2 } parts)
                {
                    var name = values.Evaluate(parts[1]).Text;
                    var part = parts[0];
                    fields.Add(parts.Count == 2 && Regex.Match(part, @"^new\s+StringContent\s*\((.*)\)$", RegexOptions.Singleline) is { Success: true } sc
                        ? Field(name, values.Evaluate(CodeText.SplitTopLevel(sc.Groups[1].Value)[0]))
                        : new SampleField(name, SampleValue.RunTime, false));
                }
            }

            return new SampleBody("multipart/form-data", Fields: fields);
        }

        return new SampleBody(overridden);
    }

    private static SampleField Field(string name, SampleValue value) => new(name, value.Text, value.Exact);

    [GeneratedRegex(@"\bnew\s+(?:System\.Net\.Http\.)?HttpRequestMessage\s*\(")]
    private static partial Regex Message();

    [GeneratedRegex(@"\.(?<verb>Get|Post|Put|Patch|Delete)(?<json>AsJson)?(?:FromJson)?(?:String|Stream|ByteArray)?Async\s*(?:<[^>]*>)?\s*\(")]
    private static partial Regex ClientCall();

    [GeneratedRegex(@"Headers\s*\.\s*(?:TryAddWithoutValidation|Add)\s*\(")]
    private static partial Regex HeaderAdd();

    [GeneratedRegex(@"\.Authorization\s*=\s*new\s+(?:System\.Net\.Http\.Headers\.)?AuthenticationHeaderValue\s*\(")]
    private static partial Regex Authorization();

    [GeneratedRegex(@"\.Content\s*=\s*")]
    private static partial Regex ContentAssignment();

    [GeneratedRegex(@"\.ContentType\s*=\s*(?:new\s+(?:System\.Net\.Http\.Headers\.)?MediaTypeHeaderValue\s*\(|MediaTypeHeaderValue\.Parse\s*\()\s*(?<type>""[^""]*"")")]
    private static partial Regex ContentTypeSet();

    [GeneratedRegex(@"\b\w+\s*\.\s*Add\s*\(\s*(?=new\s+(?:StringContent|StreamContent|ByteArrayContent)|\w+\s*,)")]
    private static partial Regex MultipartAdd();
}
