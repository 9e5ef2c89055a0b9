using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>Reads a raw HTTP request: `POST /v2/payments HTTP/1.1`, headers, a blank line, the body.</summary>
internal static partial class RawHttpParser
{
    public static HttpSample? Parse(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || RequestLine().Match(lines[first].Trim()) is not { Success: true } match)
        {
            return null;
        }

        var headers = new List<SampleField>();
        var host = "";
        var i = first + 1;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            if (lines[i].IndexOf(':') is > 0 and var colon)
            {
                var name = lines[i][..colon].Trim();
                var value = lines[i][(colon + 1)..].Trim();
                headers.Add(new SampleField(name, value, !value.Contains('$') && !value.Contains('{')));
                if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
                {
                    host = value;
                }
            }
        }

        var body = string.Join('\n', lines.Skip(i + 1)).Trim();
        var target = match.Groups["target"].Value;
        var url = target.StartsWith('/') && host.Length > 0 ? $"https://{host}{target}" : target;
        var contentType = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value;
        return new HttpSample(match.Groups["method"].Value, url)
        {
            Headers = headers,
            Body = body.Length > 0 ? new SampleBody(contentType, Text: body) : null,
        };
    }

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<target>\S+)\s+HTTP/\d(\.\d)?$")]
    private static partial Regex RequestLine();
}
