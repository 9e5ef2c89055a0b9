using DocsGen.Diagnostics;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Components that are nothing but a $ref to one another in a ring (schema A: $ref B, B: $ref A; a parameter
/// that refers to itself; two responses that refer to each other) describe nothing, and Microsoft.OpenApi throws
/// "Circular reference" the first time anything looks inside one. Such a spec is refused, with the ring spelled
/// out where it starts. (A schema whose properties refer back to it, a tree, is fine.)
/// </summary>
internal static class ComponentRefCycles
{
    /// <summary>Reports every ring of every component kind as an error; true when there was one.</summary>
    public static bool Report(OpenApiDocument document, SourcePositions positions, DiagnosticBag diagnostics)
    {
        var components = document.Components;
        if (components is null)
        {
            return false;
        }

        var found = false;
        found |= Report("schemas", "Schema", "definitions", Targets(components.Schemas, s => (s as OpenApiSchemaReference)?.Reference.Id), positions, diagnostics);
        found |= Report("parameters", "Parameter", "parameters", Targets(components.Parameters, p => (p as OpenApiParameterReference)?.Reference.Id), positions, diagnostics);
        found |= Report("responses", "Response", "responses", Targets(components.Responses, r => (r as OpenApiResponseReference)?.Reference.Id), positions, diagnostics);
        found |= Report("requestBodies", "Request body", null, Targets(components.RequestBodies, b => (b as OpenApiRequestBodyReference)?.Reference.Id), positions, diagnostics);
        found |= Report("headers", "Header", null, Targets(components.Headers, h => (h as OpenApiHeaderReference)?.Reference.Id), positions, diagnostics);
        found |= Report("examples", "Example", null, Targets(components.Examples, e => (e as OpenApiExampleReference)?.Reference.Id), positions, diagnostics);
        found |= Report("links", "Link", null, Targets(components.Links, l => (l as OpenApiLinkReference)?.Reference.Id), positions, diagnostics);
        found |= Report("callbacks", "Callback", null, Targets(components.Callbacks, c => (c as OpenApiCallbackReference)?.Reference.Id), positions, diagnostics);
        found |= Report("pathItems", "Path item", null, Targets(components.PathItems, p => (p as OpenApiPathItemReference)?.Reference.Id), positions, diagnostics);
        found |= Report("securitySchemes", "Security scheme", "securityDefinitions", Targets(components.SecuritySchemes, s => (s as OpenApiSecuritySchemeReference)?.Reference.Id), positions, diagnostics);
        return found;
    }

    /// <summary>For each component, the name of the component of the same kind it is only a $ref to, or null.</summary>
    private static Dictionary<string, string?> Targets<T>(IDictionary<string, T>? components, Func<T, string?> refersTo) =>
        components is null ? [] : components.ToDictionary(c => c.Key, c => refersTo(c.Value), StringComparer.Ordinal);

    private static bool Report(string kind, string label, string? swaggerKind, Dictionary<string, string?> refersTo, SourcePositions positions, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in refersTo.Keys.Order(StringComparer.Ordinal))
        {
            var chain = new List<string> { name };
            var current = name;
            while (refersTo.GetValueOrDefault(current) is { } next && refersTo.ContainsKey(next))
            {
                var start = chain.IndexOf(next);
                if (start >= 0)
                {
                    var ring = chain[start..];
                    if (ring.All(reported.Add))
                    {
                        var first = ring.Min(StringComparer.Ordinal)!;
                        var from = ring.IndexOf(first);
                        var spelled = string.Join(" → ", ring[from..].Concat(ring[..from]).Append(first));
                        var what = ring.Count == 1
                            ? $"{label} {first} is only a $ref to itself, so it describes nothing."
                            : $"{(label.EndsWith('y') ? label[..^1] + "ie" : label)}s {spelled} only refer to each other, so none of them describes anything.";
                        diagnostics.Error(DiagnosticCodes.SpecUnresolvedRef, what,
                            Locate(positions, kind, swaggerKind, first), "Give one of them its own definition instead of a $ref.");
                    }

                    break;
                }

                chain.Add(next);
                current = next;
            }
        }

        return reported.Count > 0;
    }

    // Swagger 2.0 files keep schemas under definitions (parameters, responses at the top); the reader moves them to components.
    private static SourceLocation Locate(SourcePositions positions, string kind, string? swaggerKind, string name)
    {
        var escaped = name.Replace("~", "~0").Replace("/", "~1");
        // A pointer the file lacks locates its nearest ancestor, so the one found deeper in the file is the right one.
        var candidates = new List<SourceLocation> { positions.Locate($"#/components/{kind}/{escaped}") };
        if (swaggerKind is not null)
        {
            candidates.Add(positions.Locate($"#/{swaggerKind}/{escaped}"));
        }

        return candidates.MaxBy(l => l.Line)!;
    }
}
