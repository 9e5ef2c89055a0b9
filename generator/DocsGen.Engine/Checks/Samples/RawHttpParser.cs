using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocsGen.Checks.Samples;

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

        var headers = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var host = "";
        var i = first + 1;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            if (lines[i].IndexOf(':') is > 0 and var colon)
            {
                var name = lines[i][..colon].Trim();
                headers.Add(name);
                values[name] = lines[i][(colon + 1)..].Trim();
                if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
                {
                    host = lines[i][(colon + 1)..].Trim();
                }
            }
        }

        var body = string.Join('\n', lines.Skip(i + 1)).Trim();
        var target = match.Groups["target"].Value;
        var url = target.StartsWith('/') && host.Length > 0 ? $"https://{host}{target}" : target;
        return new HttpSample(match.Groups["method"].Value, url, headers, HeadersKnown: true, body.Length > 0, ParseJson(body), Query: [], HeaderValues: values);
    }

    private static JsonNode? ParseJson(string body)
    {
        if (body.Length == 0 || body[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<target>\S+)\s+HTTP/\d(\.\d)?$")]
    private static partial Regex RequestLine();
}
