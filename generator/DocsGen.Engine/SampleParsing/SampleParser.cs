using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocsGen.SampleParsing;

/// <summary>Finds the HTTP call in a code sample, whatever language it is written in.</summary>
internal static partial class SampleParser
{
    /// <summary>The parser for a fenced block's language (or an included file's extension); null when check does not read the language.</summary>
    public static Func<string, HttpSample?>? ParserFor(string? language) => (language ?? "").Trim().ToLowerInvariant() switch
    {
        "bash" or "sh" or "shell" or "console" or "curl" or "zsh" or "shell-session" => CurlParser.Parse,
        "http" or "https" => RawHttpParser.Parse,
        "js" or "javascript" or "ts" or "typescript" or "node" or "jsx" or "tsx" or "mjs" => JavaScriptParser.Parse,
        "python" or "py" or "python3" => PythonParser.Parse,
        "csharp" or "cs" or "c#" => CSharpParser.Parse,
        "go" or "golang" => GoParser.Parse,
        "java" => JavaParser.Parse,
        _ => null,
    };

    /// <summary>The language of an included file, from its extension, when the fence names none.</summary>
    public static string? LanguageOfFile(string path) => Path.GetExtension(path.Split('#')[0]).ToLowerInvariant() switch
    {
        ".sh" or ".bash" or ".zsh" => "bash",
        ".http" => "http",
        ".js" or ".mjs" or ".cjs" or ".ts" => "javascript",
        ".py" => "python",
        ".cs" or ".csx" => "csharp",
        ".go" => "go",
        ".java" => "java",
        _ => null,
    };

    public static HttpSample? Parse(string? language, string code)
    {
        if (ParserFor(language) is not { } parse)
        {
            return null;
        }

        var sample = parse(Uncommented(language, code));
        return sample?.Body is { } body ? sample with { Body = Complete(body) } : sample;
    }

    // Shell and raw HTTP read their own comments; the languages here get theirs blanked out first.
    private static string Uncommented(string? language, string code) => (language ?? "").Trim().ToLowerInvariant() switch
    {
        "python" or "py" or "python3" => CodeText.WithoutComments(code, "#", blockComments: false),
        "js" or "javascript" or "ts" or "typescript" or "node" or "jsx" or "tsx" or "mjs" or "csharp" or "cs" or "c#" or "go" or "golang" or "java"
            => CodeText.WithoutComments(code, "//", blockComments: true),
        _ => code,
    };

    /// <summary>Reads a body written as text once its media type is known: JSON, a URL-encoded or a multipart form.</summary>
    private static SampleBody Complete(SampleBody body)
    {
        if (body.Json is not null || body.Fields is not null || body.Text is not { } text)
        {
            return body;
        }

        var media = body.MediaType;
        var trimmed = text.Trim();
        if ((media is null || media.Contains("json", StringComparison.Ordinal)) && trimmed.Length > 0 && trimmed[0] is '{' or '[')
        {
            try
            {
                return body with { Json = JsonNode.Parse(trimmed) };
            }
            catch (JsonException)
            {
                return body;
            }
        }

        if (media == "application/x-www-form-urlencoded")
        {
            return body with { Fields = FormEncoding.Parse(trimmed).ToList() };
        }

        if (media == "multipart/form-data" && Boundary().Match(body.ContentType!) is { Success: true } boundary)
        {
            return body with { Fields = Multipart(text, boundary.Groups[1].Value.Trim('"')) };
        }

        return body;
    }

    private static List<SampleField> Multipart(string text, string boundary)
    {
        var fields = new List<SampleField>();
        foreach (var part in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("--" + boundary))
        {
            var split = part.IndexOf("\n\n", StringComparison.Ordinal);
            if (split < 0 || PartName().Match(part[..split]) is not { Success: true } name)
            {
                continue;
            }

            var isFile = part[..split].Contains("filename=", StringComparison.OrdinalIgnoreCase);
            fields.Add(isFile ? new SampleField(name.Groups[1].Value, SampleValue.RunTime, false) : new SampleField(name.Groups[1].Value, part[(split + 2)..].TrimEnd('\n')));
        }

        return fields;
    }

    [GeneratedRegex(@"boundary=([^;\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"name=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex PartName();
}
