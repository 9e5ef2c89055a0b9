using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Reads the first HTTP call of a JavaScript (fetch), Python (requests) or C# (HttpClient) sample.
/// Bodies are read only when they are literals; anything else leaves the body unchecked.
/// </summary>
internal static partial class CodeCallParser
{
    public static HttpSample? Parse(string code) => Fetch(code) ?? Requests(code) ?? HttpClient(code);

    private static HttpSample? Fetch(string code)
    {
        if (FetchCall().Match(code) is not { Success: true } match)
        {
            return null;
        }

        var options = code.IndexOf('{', match.Index + match.Length) is >= 0 and var open &&
            code[(match.Index + match.Length)..open].Trim() is "," ? LiteralReader.Balanced(code, open) : null;
        var method = options is null ? null : JsMethod().Match(options) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : null;
        var (headers, known) = HeadersOf(options, JsHeaders());
        JsonNode? json = null;
        var hasBody = false;
        if (options is not null && JsBody().Match(options) is { Success: true } body)
        {
            hasBody = true;
            if (body.Groups["stringify"].Success && LiteralReader.Balanced(options, body.Index + body.Length - 1) is { } literal)
            {
                json = LiteralReader.TryRead(literal[1..^1]);
            }
        }

        return new HttpSample(method ?? "GET", Url(match), headers, known, hasBody, json, Query: []);
    }

    private static HttpSample? Requests(string code)
    {
        if (PythonCall().Match(code) is not { Success: true } match)
        {
            return null;
        }

        var call = LiteralReader.Balanced(code, code.IndexOf('(', match.Index)) ?? "";
        var method = match.Groups["method"].Value.ToUpperInvariant();
        var (headers, known) = HeadersOf(call, PythonHeaders());
        JsonNode? json = null;
        var hasBody = false;
        if (PythonJson().Match(call) is { Success: true } body)
        {
            hasBody = true;
            json = body.Groups["json"].Value == "json" && LiteralReader.Balanced(call, body.Index + body.Length - 1) is { } literal
                ? LiteralReader.TryRead(literal)
                : null;
        }

        var query = new List<string>();
        if (PythonParams().Match(call) is { Success: true } p && LiteralReader.Balanced(call, p.Index + p.Length - 1) is { } pl &&
            LiteralReader.TryRead(pl, lenient: true) is JsonObject parameters)
        {
            query.AddRange(parameters.Select(kv => kv.Key));
        }

        return new HttpSample(method, Url(match), headers, known, hasBody, json, query);
    }

    private static HttpSample? HttpClient(string code)
    {
        string method, url;
        JsonNode? json = null;
        var hasBody = false;
        if (CSharpMessage().Match(code) is { Success: true } message)
        {
            method = message.Groups["method"].Value.ToUpperInvariant();
            url = Url(message);
            hasBody = code.Contains("Content =", StringComparison.Ordinal);
            if (CSharpJsonContent().Match(code) is { Success: true } content && LiteralReader.Balanced(code, content.Index + content.Length - 1) is { } literal)
            {
                json = LiteralReader.TryRead(literal);
            }
        }
        else if (CSharpCall().Match(code) is { Success: true } call)
        {
            method = call.Groups["method"].Value.ToUpperInvariant();
            url = Url(call);
            var arguments = LiteralReader.Balanced(code, code.IndexOf('(', call.Index)) ?? "";
            hasBody = method is "POST" or "PUT" or "PATCH";
            if (call.Groups["json"].Success && arguments.IndexOf(',') is > 0 and var comma)
            {
                json = LiteralReader.TryRead(arguments[(comma + 1)..^1]);
            }
        }
        else
        {
            return null;
        }

        var headers = CSharpHeader().Matches(code).Select(m => m.Groups[1].Value).ToList();
        if (code.Contains("AuthenticationHeaderValue", StringComparison.Ordinal))
        {
            headers.Add("Authorization");
        }

        return new HttpSample(method, url, headers, HeadersKnown: true, hasBody, json, Query: []);
    }

    // In f"...", `...` and $"..." strings a {placeholder} is filled in by the program, not left literally.
    private static string Url(Match match) =>
        match.Groups["interp"].Success ? Interpolation().Replace(match.Groups["url"].Value, "value") : match.Groups["url"].Value;

    [GeneratedRegex(@"\$?\{[^}]*\}")]
    private static partial Regex Interpolation();

    private static (IReadOnlyList<string> Names, bool Known) HeadersOf(string? call, Regex pattern)
    {
        if (call is null || pattern.Match(call) is not { Success: true } match)
        {
            return ([], true);
        }

        var start = match.Index + match.Length - 1;
        if (call[start] != '{' || LiteralReader.Balanced(call, start) is not { } literal ||
            LiteralReader.TryRead(literal, lenient: true) is not JsonObject headers)
        {
            return ([], false);
        }

        return (headers.Select(kv => kv.Key).ToList(), true);
    }

    [GeneratedRegex(@"fetch\(\s*(?<interp>`)?[""'`]?(?<url>[^""'`]+)[""'`]\s*")]
    private static partial Regex FetchCall();

    [GeneratedRegex(@"method\s*:\s*[""'](\w+)[""']")]
    private static partial Regex JsMethod();

    [GeneratedRegex(@"headers\s*:\s*[{\w]")]
    private static partial Regex JsHeaders();

    [GeneratedRegex(@"\bbody\s*:\s*(?<stringify>JSON\.stringify\()?")]
    private static partial Regex JsBody();

    [GeneratedRegex(@"requests\.(?<method>get|post|put|patch|delete)\(\s*(?<interp>f)?[""'](?<url>[^""']+)[""']")]
    private static partial Regex PythonCall();

    [GeneratedRegex(@"\bheaders\s*=\s*[{\w]")]
    private static partial Regex PythonHeaders();

    [GeneratedRegex(@"\b(?<json>json|data)\s*=\s*[{\[\w]")]
    private static partial Regex PythonJson();

    [GeneratedRegex(@"\bparams\s*=\s*\{")]
    private static partial Regex PythonParams();

    [GeneratedRegex(@"new\s+HttpRequestMessage\(\s*HttpMethod\.(?<method>\w+)\s*,\s*(?:new\s+Uri\(\s*)?(?<interp>\$)?""(?<url>[^""]+)""")]
    private static partial Regex CSharpMessage();

    [GeneratedRegex(@"JsonContent\.Create\(\s*\w*\s*[\({]?")]
    private static partial Regex CSharpJsonContent();

    [GeneratedRegex(@"\.(?<method>Get|Post|Put|Patch|Delete)(?<json>AsJson)?(?:Async)\(\s*(?<interp>\$)?""(?<url>[^""]+)""")]
    private static partial Regex CSharpCall();

    [GeneratedRegex(@"Headers\.(?:TryAdd(?:WithoutValidation)?|Add)\(\s*""([^""]+)""")]
    private static partial Regex CSharpHeader();
}
