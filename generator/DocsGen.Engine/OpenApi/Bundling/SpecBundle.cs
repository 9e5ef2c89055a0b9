using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.OpenApi.Loading;
using YamlDotNet.Serialization;

namespace DocsGen.OpenApi.Bundling;

/// <summary>
/// <c>docsgen bundle</c>: a spec split across files written as one, by the same bundler a build uses, so the file
/// builds to the same pages: schemas from other files become named components, every other external
/// <c>$ref</c> is inlined, and references inside the document stay references. JSON or YAML by the output's
/// extension; the same input gives the same bytes.
/// </summary>
public static class SpecBundle
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The bundled text of the spec at <paramref name="specPath"/>, or null after diagnostics. Files are read under the
    /// rules of a file named on the command line: inside its folder or the working folder.
    /// </summary>
    public static string? Write(string specPath, bool asYaml, DiagnosticBag diagnostics)
    {
        var absolute = Path.GetFullPath(specPath);
        var display = Path.GetRelativePath(Environment.CurrentDirectory, absolute).Replace('\\', '/');
        var roots = ReadRoots.ForCommandLineFile(absolute);
        var text = SpecLoader.ReadText(absolute, display, roots, diagnostics);
        if (text is null || NestingDepth.Exceeds(text, display, diagnostics))
        {
            return null;
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var bundled = SpecLoader.BundleExternalRefs(absolute, display, new SourcePositions(text, display), roots, diagnostics);
        if (bundled is null || diagnostics.Count(Severity.Error) > errorsBefore || JsonNode.Parse(bundled) is not JsonObject root)
        {
            return null;
        }

        return asYaml ? ToYaml(root) : root.ToJsonString(Indented) + "\n";
    }

    private static string ToYaml(JsonObject root)
    {
        var serializer = new SerializerBuilder().WithQuotingNecessaryStrings().DisableAliases().Build();
        return serializer.Serialize(Plain(root));
    }

    /// <summary>The JSON tree as dictionaries, lists and scalars, keys in document order, for the YAML writer.</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(Plain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
