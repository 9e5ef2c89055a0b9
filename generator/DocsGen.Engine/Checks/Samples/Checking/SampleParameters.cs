using DocsGen.SampleParsing;

namespace DocsGen.Checks.Samples;

/// <summary>The path, query and cookie values a sample sends, by parameter name.</summary>
internal sealed class SampleParameters
{
    public SampleParameters(SpecOperation operation, HttpSample sample, string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < Math.Min(segments.Length, operation.Segments.Count); i++)
        {
            if (SpecOperation.IsParameter(operation.Segments[i]) && !SpecOperation.IsParameter(segments[i]))
            {
                var raw = segments[i];
                var value = Decode(raw);
                Path[operation.Segments[i][1..^1]] = [new SampleField(operation.Segments[i][1..^1], value, IsExact(raw))];
            }
        }

        var q = sample.Url.IndexOf('?');
        var fromUrl = q < 0 ? [] : FormEncoding.Parse(sample.Url[(q + 1)..].Split('#')[0]);
        foreach (var field in fromUrl.Concat(sample.Query))
        {
            // deepObject (filter[status]=x) belongs to the parameter "filter".
            var name = field.Name.IndexOf('[') is > 0 and var bracket ? field.Name[..bracket] : field.Name;
            if (!Query.TryGetValue(name, out var list))
            {
                Query[name] = list = [];
            }

            list.Add(field.Name == name ? field : field with { Exact = false });
        }

        foreach (var header in sample.Headers.Where(h => h.Name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var pair in header.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0)
                {
                    CookieUnknown = true;
                    continue;
                }

                var value = pair[(equals + 1)..];
                Cookies[pair[..equals]] = [new SampleField(pair[..equals], value, header.Exact || IsExact(value))];
            }
        }
    }

    public Dictionary<string, List<SampleField>> Path { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<SampleField>> Query { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<SampleField>> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The Cookie header is computed whole at run time, so which cookies it holds is unknown.</summary>
    public bool CookieUnknown { get; }

    private static bool IsExact(string raw) => !raw.Contains('$') && !raw.Contains(SampleValue.RunTime, StringComparison.Ordinal) && !raw.Contains('{') && !raw.Contains("%7B", StringComparison.OrdinalIgnoreCase);

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
