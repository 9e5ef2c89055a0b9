namespace DocsGen.Checks.Samples;

/// <summary>Finds the HTTP call in a fenced code block, whatever language it is written in.</summary>
internal static class SampleParser
{
    public static HttpSample? Parse(string? language, string code)
    {
        var lang = (language ?? "").ToLowerInvariant();
        return lang switch
        {
            "bash" or "sh" or "shell" or "console" or "curl" or "zsh" => CurlParser.Parse(code),
            "http" or "https" => RawHttpParser.Parse(code),
            "js" or "javascript" or "ts" or "typescript" or "node" or "python" or "py" or "csharp" or "cs" or "c#" => CodeCallParser.Parse(code),
            _ => null,
        };
    }
}
