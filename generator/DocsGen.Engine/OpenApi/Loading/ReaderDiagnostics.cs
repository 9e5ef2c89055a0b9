using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace DocsGen.OpenApi.Loading;

/// <summary>Translates Microsoft.OpenApi's errors and warnings into DocsGen diagnostics with a file position.</summary>
internal static partial class ReaderDiagnostics
{
    // Kubernetes alone yields thousands of identical complaints; a few show the pattern.
    private const int MaxPerKind = 25;

    public static void Report(OpenApiDiagnostic? diagnostic, bool documentUsable, SourcePositions positions, DiagnosticBag bag)
    {
        if (diagnostic is null)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var error in diagnostic.Errors)
        {
            var (code, severity) = Classify(error, isError: true, documentUsable);
            Add(error, code, severity, positions, bag, counts);
        }

        foreach (var warning in diagnostic.Warnings)
        {
            var (code, severity) = Classify(warning, isError: false, documentUsable);
            Add(warning, code, severity, positions, bag, counts);
        }

        foreach (var (code, count) in counts.Where(c => c.Value > MaxPerKind).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            bag.Add(new Diagnostic(DiagnosticCodes.SpecDiagnosticsTruncated, Severity.Info,
                $"{count - MaxPerKind} more {code} diagnostics were not shown.", new SourceLocation(positions.DisplayPath)));
        }
    }

    private static (string Code, Severity Severity) Classify(OpenApiError error, bool isError, bool documentUsable)
    {
        if (error.Message.Contains("does not point to an existing", StringComparison.Ordinal))
        {
            return (DiagnosticCodes.SpecUnresolvedRef, Severity.Error);
        }

        if (!documentUsable)
        {
            return (DiagnosticCodes.SpecInvalid, Severity.Error);
        }

        // The reader recovered: the document renders, so the problem should not fail the build.
        return (isError ? DiagnosticCodes.SpecInvalid : DiagnosticCodes.SpecWarning, Severity.Warning);
    }

    private static void Add(OpenApiError error, string code, Severity severity, SourcePositions positions, DiagnosticBag bag, Dictionary<string, int> counts)
    {
        counts[code] = counts.GetValueOrDefault(code) + 1;
        if (counts[code] > MaxPerKind)
        {
            return;
        }

        var message = error.Message;
        var location = LocateError(error, positions);
        if (message.Contains("Version node not found", StringComparison.Ordinal))
        {
            bag.Add(new Diagnostic(code, severity, "The file is not an OpenAPI document: it has no 'openapi' or 'swagger' field.", location,
                "Point 'spec' in docsgen.yml at an OpenAPI or Swagger file."));
            return;
        }

        bag.Add(new Diagnostic(code, severity, message, location));
    }

    private static SourceLocation LocateError(OpenApiError error, SourcePositions positions)
    {
        var yamlPosition = YamlPosition().Match(error.Message);
        if (yamlPosition.Success)
        {
            return new SourceLocation(positions.DisplayPath, int.Parse(yamlPosition.Groups[1].Value), int.Parse(yamlPosition.Groups[2].Value));
        }

        var pointer = error.Pointer;
        if (string.IsNullOrEmpty(pointer))
        {
            var inMessage = PointerInMessage().Match(error.Message);
            pointer = inMessage.Success ? inMessage.Groups[1].Value : null;
        }

        if (pointer is not null && pointer.EndsWith("/$ref", StringComparison.Ordinal))
        {
            pointer = pointer[..^"/$ref".Length];
        }

        return positions.Locate(pointer);
    }

    [GeneratedRegex(@"at line (\d+), column (\d+)")]
    private static partial Regex YamlPosition();

    [GeneratedRegex(@"at (#/\S*)")]
    private static partial Regex PointerInMessage();
}
