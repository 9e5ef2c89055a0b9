using DocsGen.Diagnostics;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Component schemas that are nothing but a $ref to one another in a ring (A: $ref B, B: $ref A) describe no
/// value, and Microsoft.OpenApi throws the first time anything looks inside one. Such a spec is refused, with
/// the ring spelled out where it starts. (A schema whose properties refer back to it, a tree, is fine.)
/// </summary>
internal static class SchemaRefCycles
{
    /// <summary>Reports every ring as an error; true when there was one.</summary>
    public static bool Report(OpenApiDocument document, SourcePositions positions, DiagnosticBag diagnostics)
    {
        if (document.Components?.Schemas is not { Count: > 0 } schemas)
        {
            return false;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in schemas.Keys.Order(StringComparer.Ordinal))
        {
            var chain = new List<string> { name };
            var current = schemas[name];
            while (current is OpenApiSchemaReference reference && reference.Reference.Id is { } next && schemas.TryGetValue(next, out var target))
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
                        diagnostics.Error(DiagnosticCodes.SpecUnresolvedRef, $"Schemas {spelled} only refer to each other, so none of them describes a value.",
                            Locate(positions, first), "Give one schema of the ring its own definition (type, properties) instead of a $ref.");
                    }

                    break;
                }

                chain.Add(next);
                current = target;
            }
        }

        return reported.Count > 0;
    }

    // Swagger 2.0 files keep their schemas under definitions; the reader moves them to components.
    private static SourceLocation Locate(SourcePositions positions, string name)
    {
        var escaped = name.Replace("~", "~0").Replace("/", "~1");
        // A pointer the file lacks locates its nearest ancestor, so the one found deeper in the file is the right one.
        return new[] { positions.Locate($"#/components/schemas/{escaped}"), positions.Locate($"#/definitions/{escaped}") }.MaxBy(l => l.Line)!;
    }
}
