using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Examples;

/// <summary>
/// Validates a spec's own examples against their schemas (DG5014): an example the schema no longer
/// accepts is stale documentation that every reader of the API reference sees.
/// </summary>
public static class SpecExampleCheck
{
    /// <returns>The findings, each at the spec line where the offending value is written, and how many examples were checked.</returns>
    public static (IReadOnlyList<Diagnostic> Diagnostics, int Checked) Check(LoadedSpec spec, Severity severity = Severity.Warning)
    {
        var uses = ExampleWalker.Find(spec.Document);
        var findings = new DiagnosticBag();
        SourcePositions? positions = null;
        foreach (var use in uses)
        {
            foreach (var problem in SchemaValidator.Validate(Decoded(use), use.Schema, use.Direction))
            {
                positions ??= new SourcePositions(ReadText(spec.AbsolutePath), spec.DisplayPath);
                var valuePointer = use.ValuePointer + problem.Pointer;
                var location = positions.Locate(spec.SpecVersion == "2.0" ? SwaggerPointers.FromOpenApi3(valuePointer) : valuePointer);
                var where = use.ValuePointer.StartsWith(use.Pointer, StringComparison.Ordinal) ? "" : $" (used at #{use.Pointer})";
                findings.Add(new Diagnostic(DiagnosticCodes.SpecExampleInvalid, severity,
                    $"The {use.Description}{where} does not fit its schema: {problem}", location,
                    "Update the example to the schema, or the schema to the API's real behaviour."));
            }
        }

        return (findings.ToList().Distinct().ToList(), uses.Count);
    }

    /// <summary>
    /// Many specs write a JSON example as a string holding JSON text; tools show it as JSON, so it is
    /// checked as the JSON it holds when the schema does not itself expect a string.
    /// </summary>
    private static JsonNode? Decoded(ExampleUse use)
    {
        if (use.Value.GetValueKind() != JsonValueKind.String || AcceptsString(use.Schema) || (string?)use.Value is not { } text ||
            !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('['))
        {
            return use.Value;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return use.Value;
        }
    }

    private static bool AcceptsString(IOpenApiSchema schema) =>
        (schema is OpenApiSchemaReference { Target: { } target } ? target : schema).Type is not { } type || type.HasFlag(JsonSchemaType.String);

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The spec was readable a moment ago; without its text the findings still name the pointer.
            return "";
        }
    }
}
