using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>
/// Reads a java.net.http sample: HttpRequest.newBuilder() with .uri(...), .header(...)/.headers(...),
/// and .GET()/.DELETE()/.POST(...)/.PUT(...)/.method(...) with BodyPublishers.ofString(...).
/// </summary>
internal static partial class JavaParser
{
    public static HttpSample? Parse(string source)
    {
        var code = new CodeText(source);
        if (NewBuilder().Match(source) is not { Success: true } builder)
        {
            return null;
        }

        var values = new ValueExpression(code);
        string? urlExpression = null;
        string method = "GET";
        string? publisher = null;
        var headers = new List<SampleField>();
        var i = builder.Index + builder.Length - 1;
        if (code.Inside(i) is { } builderArgs && builderArgs.Trim().Length > 0)
        {
            urlExpression = builderArgs;
        }

        // Follow the builder chain: .name(args) calls up to .build().
        var at = code.Close(i) + 1;
        while (at > 0 && ChainCall().Match(source, at) is { Success: true } link && link.Index == at)
        {
            var open = link.Index + link.Length - 1;
            var close = code.Close(open);
            if (close < 0)
            {
                break;
            }

            var args = CodeText.SplitTopLevel(source[(open + 1)..close]);
            switch (link.Groups["name"].Value)
            {
                case "uri" when args.Count == 1:
                    urlExpression = args[0];
                    break;
                case "header" or "setHeader" when args.Count == 2:
                    headers.Add(Field(values.Evaluate(args[0]).Text, values.Evaluate(args[1])));
                    break;
                case "headers":
                    for (var h = 0; h + 1 < args.Count; h += 2)
                    {
                        headers.Add(Field(values.Evaluate(args[h]).Text, values.Evaluate(args[h + 1])));
                    }

                    break;
                case "GET" or "DELETE" or "POST" or "PUT" or "HEAD":
                    method = link.Groups["name"].Value;
                    publisher = args.FirstOrDefault();
                    break;
                case "method" when args.Count == 2:
                    method = values.Evaluate(args[0]).Text.ToUpperInvariant();
                    publisher = args[1];
                    break;
            }

            if (link.Groups["name"].Value == "build")
            {
                break;
            }

            at = close + 1;
        }

        if (urlExpression is null)
        {
            return null;
        }

        return new HttpSample(method, values.Evaluate(urlExpression).Text)
        {
            Headers = headers,
            Body = publisher is null ? null : Body(publisher, headers, code, values),
        };
    }

    private static SampleBody? Body(string publisher, List<SampleField> headers, CodeText code, ValueExpression values)
    {
        var text = publisher.Trim();
        if (text.EndsWith("noBody()", StringComparison.Ordinal))
        {
            return null;
        }

        var declared = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: true } h ? h.Value : null;

        // "multipart/form-data; boundary=" + boundary: the boundary is made at run time, the media type is not.
        if (headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: false } multipart &&
            multipart.Value.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            // Parts written some other way cannot be told, so an empty list is "unknown", not "no fields".
            return new SampleBody("multipart/form-data", Fields: MultipartParts(code, values) is { Count: > 0 } parts ? parts : null);
        }

        if (OfString().Match(text) is { Success: true } ofString && new CodeText(text).Inside(ofString.Length - 1) is { } inner)
        {
            var value = values.Evaluate(CodeText.SplitTopLevel(inner).FirstOrDefault() ?? "");
            return new SampleBody(declared, Text: value.Exact ? value.Text : null);
        }

        return new SampleBody(declared);
    }

    /// <summary>
    /// The parts a hand-built multipart body writes through a helper called as part(body, boundary, "name", fileName, content)
    /// (the shape DocsGen generates): a null file name is a field whose content is "value".getBytes(...), any other a file.
    /// </summary>
    private static List<SampleField> MultipartParts(CodeText code, ValueExpression values)
    {
        var fields = new List<SampleField>();
        foreach (Match m in PartCall().Matches(code.Code))
        {
            if (code.Inside(m.Index + m.Length - 1) is { } a && CodeText.SplitTopLevel(a) is { Count: 5 } args && CodeText.IsQuote(args[2].FirstOrDefault()))
            {
                var name = values.Evaluate(args[2]).Text;
                var content = GetBytes().Match(args[4]) is { Success: true } bytes ? values.Evaluate(bytes.Groups["text"].Value) : SampleValue.Unknown;
                fields.Add(args[3] == "null" ? Field(name, content) : new SampleField(name, SampleValue.RunTime, false));
            }
        }

        return fields;
    }

    private static SampleField Field(string name, SampleValue value) => new(name, value.Text, value.Exact);

    [GeneratedRegex(@"(?<![\w.])part\s*\(")]
    private static partial Regex PartCall();

    [GeneratedRegex(@"^(?<text>.*)\.getBytes\s*\([^()]*\)$", RegexOptions.Singleline)]
    private static partial Regex GetBytes();

    [GeneratedRegex(@"\bHttpRequest\s*\.\s*newBuilder\s*\(")]
    private static partial Regex NewBuilder();

    [GeneratedRegex(@"\G\s*\.\s*(?<name>\w+)\s*\(")]
    private static partial Regex ChainCall();

    [GeneratedRegex(@"^(?:HttpRequest\s*\.\s*)?BodyPublishers\s*\.\s*ofString\s*\(")]
    private static partial Regex OfString();
}
