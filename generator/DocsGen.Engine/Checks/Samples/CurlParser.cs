using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocsGen.Checks.Samples;

/// <summary>Reads the first curl command of a shell sample.</summary>
internal static class CurlParser
{
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-o", "--output", "-A", "--user-agent", "-b", "--cookie", "-c", "--cookie-jar", "-e", "--referer",
        "-w", "--write-out", "-m", "--max-time", "--connect-timeout", "--retry", "-x", "--proxy", "--cacert",
        "--cert", "--key", "-E", "-K", "--config", "-T", "--upload-file", "-r", "--range", "--resolve",
    };

    public static HttpSample? Parse(string code)
    {
        var words = ShellWords.Split(code);
        var start = words.IndexOf("curl");
        if (start < 0)
        {
            return null;
        }

        string? method = null, url = null;
        var headers = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var data = new List<string>();
        var json = false;
        var form = false;
        var basic = false;
        for (var i = start + 1; i < words.Count && words[i] != "\n"; i++)
        {
            var word = words[i];
            string? Next() => i + 1 < words.Count && words[i + 1] != "\n" ? words[++i] : null;
            switch (word)
            {
                case "-X" or "--request":
                    method = Next()?.ToUpperInvariant();
                    break;
                case "-H" or "--header":
                    if (Next() is { } header && header.IndexOf(':') is > 0 and var colon)
                    {
                        headers.Add(header[..colon].Trim());
                        values[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                    }

                    break;
                case "-d" or "--data" or "--data-raw" or "--data-binary" or "--data-ascii" or "--data-urlencode":
                    data.Add(Next() ?? "");
                    break;
                case "--json":
                    data.Add(Next() ?? "");
                    json = true;
                    break;
                case "-F" or "--form":
                    Next();
                    form = true;
                    break;
                case "-u" or "--user":
                    values["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Next() ?? ""));
                    basic = true;
                    break;
                case "--url":
                    url = Next();
                    break;
                default:
                    if (word.StartsWith("-X", StringComparison.Ordinal) && word.Length > 2)
                    {
                        method = word[2..].ToUpperInvariant();
                    }
                    else if (OptionsWithValue.Contains(word))
                    {
                        Next();
                    }
                    else if (!word.StartsWith('-') && url is null)
                    {
                        url = word;
                    }

                    break;
            }
        }

        if (url is null)
        {
            return null;
        }

        if (json)
        {
            headers.Add("Content-Type");
            values["Content-Type"] = "application/json";
        }

        var hasBody = data.Count > 0 || form;
        return new HttpSample(
            method ?? (hasBody ? "POST" : "GET"),
            url,
            headers,
            HeadersKnown: true,
            hasBody,
            Json: data.Count == 1 && !form ? ParseJson(data[0]) : null,
            Query: [],
            basic,
            values);
    }

    // "@file" and "@-" (a heredoc) are bodies we cannot see.
    private static JsonNode? ParseJson(string data)
    {
        var trimmed = data.Trim();
        if (trimmed.StartsWith('@') || trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(trimmed);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
