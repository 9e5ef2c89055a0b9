namespace DocsGen.SampleParsing;

/// <summary>Reads the first curl command of a shell sample.</summary>
internal static class CurlParser
{
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-o", "--output", "-A", "--user-agent", "-c", "--cookie-jar", "-e", "--referer",
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
        var headers = new List<SampleField>();
        var data = new List<string>();
        var encoded = new List<SampleField>();
        var parts = new List<SampleField>();
        var query = new List<SampleField>();
        var json = false;
        var get = false;
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
                        headers.Add(Field(header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    }

                    break;
                case "-b" or "--cookie":
                    if (Next() is { } cookie && cookie.Contains('='))
                    {
                        headers.Add(Field("Cookie", cookie));
                    }

                    break;
                case "-d" or "--data" or "--data-raw" or "--data-binary" or "--data-ascii":
                    data.Add(Next() ?? "");
                    break;
                case "--data-urlencode":
                    encoded.Add(Pair(Next() ?? ""));
                    break;
                case "--url-query":
                    query.Add(Pair(Next() ?? ""));
                    break;
                case "--json":
                    data.Add(Next() ?? "");
                    json = true;
                    break;
                case "-F" or "--form" or "--form-string":
                    var part = Pair(Next() ?? "");
                    parts.Add(part.Value.StartsWith('@') || part.Value.StartsWith('<') ? part with { Value = SampleValue.RunTime, Exact = false } : part);
                    break;
                case "-u" or "--user":
                    Next();
                    basic = true;
                    break;
                case "-G" or "--get":
                    get = true;
                    break;
                case "--url":
                    url = Next();
                    break;
                default:
                    if (word.StartsWith("-X", StringComparison.Ordinal) && word.Length > 2)
                    {
                        method = word[2..].ToUpperInvariant();
                    }
                    else if (word.StartsWith("-H", StringComparison.Ordinal) && word.Length > 2 && word.IndexOf(':') is > 2 and var c)
                    {
                        headers.Add(Field(word[2..c].Trim(), word[(c + 1)..].Trim()));
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

        if (json && !headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(new SampleField("Content-Type", "application/json"));
        }

        var declared = headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) is { Exact: true } ct ? ct.Value : null;
        SampleBody? body = null;
        if (get)
        {
            // -G sends the -d and --data-urlencode values as the query string.
            query.AddRange(data.SelectMany(FormEncoding.Parse));
            query.AddRange(encoded);
        }
        else if (parts.Count > 0)
        {
            body = new SampleBody("multipart/form-data", Fields: parts);
        }
        else if (data.Count > 0 || encoded.Count > 0)
        {
            var text = string.Join('&', data);
            var contentType = declared ?? "application/x-www-form-urlencoded";
            var fields = encoded.Count > 0 || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                ? data.SelectMany(FormEncoding.Parse).Concat(encoded).ToList()
                : null;
            var readable = data.All(d => !d.TrimStart().StartsWith('@'));
            body = new SampleBody(contentType, Fields: fields, Text: encoded.Count == 0 && readable ? text : null);
        }

        return new HttpSample(method ?? (body is not null ? "POST" : "GET"), url)
        {
            Headers = headers,
            Query = query,
            Body = body,
            HasBasicAuth = basic,
        };
    }

    // Shell variables ($API_KEY, ${TOKEN}, $(cmd)) expand at run time.
    private static SampleField Field(string name, string value) => new(name, value, !value.Contains('$'));

    private static SampleField Pair(string text)
    {
        var equals = text.IndexOf('=');
        return equals < 0 ? Field(text, "") : Field(text[..equals], text[(equals + 1)..]);
    }
}
