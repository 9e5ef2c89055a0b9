using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// Code samples for an operation: the spec's own x-codeSamples first, then generated curl, JavaScript,
/// Python, C#, Go and Java for every language the spec did not cover.
/// </summary>
internal static class CodeSampleGenerator
{
    private static readonly (string Key, string Label, string Language, Func<SampleRequest, string> Write)[] Languages =
    [
        ("curl", "curl", "bash", CurlSample.Write),
        ("js", "JavaScript", "javascript", JavaScriptSample.Write),
        ("python", "Python", "python", PythonSample.Write),
        ("csharp", "C#", "csharp", CSharpSample.Write),
        ("go", "Go", "go", GoSample.Write),
        ("java", "Java", "java", JavaSample.Write),
    ];

    public static IReadOnlyList<CodeSample> Create(ApiOperation operation, IDictionary<string, IOpenApiExtension>? extensions, SecurityBuilder security) =>
        Create(operation, FromSpec(extensions), security.Find);

    public static IReadOnlyList<CodeSample> Create(ApiOperation operation, IReadOnlyList<CodeSample> fromSpec, Func<string, ApiSecurityScheme?> findScheme)
    {
        var samples = new List<CodeSample>(fromSpec);
        samples.AddRange(Generated(operation, findScheme).Where(g => !fromSpec.Any(s => s.Key == g.Key)));
        return samples;
    }

    /// <summary>The six generated programs, whatever the spec's own samples.</summary>
    /// <param name="serverOverride">Base URL instead of the spec's first server, e.g. a mock's.</param>
    public static IReadOnlyList<CodeSample> Generated(ApiOperation operation, Func<string, ApiSecurityScheme?> findScheme, string? serverOverride = null)
    {
        var request = SampleRequest.From(operation, findScheme, serverOverride);
        return [.. Languages.Select(l => new CodeSample(l.Key, l.Label, l.Language, l.Write(request)))];
    }

    /// <summary>Redoc's x-codeSamples (or the older x-code-samples): a list of { lang, label, source }.</summary>
    internal static IReadOnlyList<CodeSample> FromSpec(IDictionary<string, IOpenApiExtension>? extensions)
    {
        var list = new List<CodeSample>();
        foreach (var name in new[] { "x-codeSamples", "x-code-samples" })
        {
            if (extensions is null || !extensions.TryGetValue(name, out var extension) || extension is not JsonNodeExtension { Node: JsonArray items })
            {
                continue;
            }

            foreach (var item in items.OfType<JsonObject>())
            {
                var lang = JsonText.ToPlain(item["lang"]);
                var source = item["source"] is null ? "" : JsonText.ToPlain(item["source"]);
                var label = item["label"] is null ? lang : JsonText.ToPlain(item["label"]);
                var (key, language) = Normalize(lang);
                if (!list.Any(s => s.Key == key))
                {
                    list.Add(new CodeSample(key, label, language, source.TrimEnd()));
                }
            }
        }

        return list;
    }

    /// <summary>Maps the spec's language name to our tab key and highlighter, so a spec's sample replaces ours.</summary>
    private static (string Key, string Language) Normalize(string lang) => lang.Trim().ToLowerInvariant() switch
    {
        "curl" or "shell" or "sh" or "bash" => ("curl", "bash"),
        "javascript" or "js" or "node" or "node.js" => ("js", "javascript"),
        "python" or "py" => ("python", "python"),
        "c#" or "csharp" or "cs" => ("csharp", "csharp"),
        "go" or "golang" => ("go", "go"),
        "java" => ("java", "java"),
        var other => (Slugs.From(other), Slugs.From(other)),
    };
}
