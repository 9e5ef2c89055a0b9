using System.Text;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.SampleParsing;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Checks the samples a spec carries itself (Redoc's x-codeSamples, or the older x-code-samples):
/// each is bound to the operation it is written under and checked like a guide sample, so the
/// reference pages cannot show a call the API refuses.
/// </summary>
internal static class SpecCodeSamples
{
    private static readonly string[] Extensions = ["x-codeSamples", "x-code-samples"];

    /// <param name="toParse">Receives the samples for <see cref="SampleSyntax"/>.</param>
    public static int Check(LoadedSpec spec, DiagnosticBag diagnostics, List<SyntaxCandidate> toParse)
    {
        var index = new SpecIndex([spec]);
        var checker = new SampleChecker(index, diagnostics);
        SourcePositions? positions = null;
        foreach (var operation in index.Operations)
        {
            foreach (var name in Extensions)
            {
                if (operation.Operation.Extensions?.TryGetValue(name, out var extension) != true || extension is not JsonNodeExtension { Node: JsonArray items })
                {
                    continue;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not JsonObject item || item["source"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
                    {
                        continue;
                    }

                    positions ??= new SourcePositions(ReadText(spec.AbsolutePath), spec.DisplayPath);
                    var pointer = $"/paths/{Escape(operation.Path)}/{operation.Method.ToLowerInvariant()}/{name}/{i}/source";
                    var language = item["lang"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Language((string)item["lang"]!) : null;
                    checker.CheckSpecSample(operation, language, (string)item["source"]!, positions.Locate(pointer));
                }
            }
        }

        toParse.AddRange(checker.ToParse);
        return checker.Checked;
    }

    // Redoc's lang values name languages as people say them.
    private static string Language(string lang) => lang.Trim().ToLowerInvariant() switch
    {
        "node.js" or "nodejs" => "javascript",
        "c#" or "csharp" or "c-sharp" or ".net" => "csharp",
        "curl" or "shell" or "cli" => "bash",
        var other => other,
    };

    private static string Escape(string path) => path.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
