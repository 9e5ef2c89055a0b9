using System.Globalization;
using System.Text;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// Writes the inputs that were super-linear before (issue: hardening): a chain of schemas across files, a
/// chain of local schemas, a page of equal headings. Shared by the tests (small sizes, for correctness)
/// and by the bench's `hostile` command (full sizes, for figures).
/// </summary>
internal static class HostileSites
{
    /// <summary>A site whose spec's one response schema starts a chain of <paramref name="files"/> schema files, each $ref-ing the next.</summary>
    public static void ExternalRefChain(string root, int files)
    {
        WriteSite(root, "versions/v1/api.yaml");
        Write(root, "versions/v1/api.yaml", Operation("s/s0.yaml"));
        for (var i = 0; i < files; i++)
        {
            var next = i + 1 < files ? $"{{ $ref: 's{i + 1}.yaml' }}" : "{ type: string }";
            Write(root, $"versions/v1/s/s{i}.yaml", $"type: object\nproperties:\n  next: {next}\n  name: {{ type: string }}\n");
        }
    }

    /// <summary>A site whose spec has <paramref name="schemas"/> component schemas, each with a property that $refs the next.</summary>
    public static void LocalSchemaChain(string root, int schemas)
    {
        WriteSite(root, "versions/v1/api.yaml");
        var spec = new StringBuilder(Operation("#/components/schemas/S0")).Append("components:\n  schemas:\n");
        for (var i = 0; i < schemas; i++)
        {
            var next = i + 1 < schemas ? $"{{ $ref: '#/components/schemas/S{i + 1}' }}" : "{ type: string }";
            spec.Append(CultureInfo.InvariantCulture, $"    S{i}: {{ type: object, properties: {{ next: {next}, name: {{ type: string }} }} }}\n");
        }

        Write(root, "versions/v1/api.yaml", spec.ToString());
    }

    /// <summary>A site with one page of <paramref name="headings"/> headings that all say the same.</summary>
    public static void EqualHeadings(string root, int headings)
    {
        WriteSite(root, spec: null);
        var page = new StringBuilder("# Page\n\n");
        for (var i = 0; i < headings; i++)
        {
            page.Append("## Same heading\n\nText.\n\n");
        }

        Write(root, "versions/v1/index.md", page.ToString());
    }

    private static string Operation(string schemaRef) => $$"""
        openapi: 3.0.3
        info: { title: Chain, version: '1' }
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '{{schemaRef}}' } } } }

        """;

    private static void WriteSite(string root, string? spec)
    {
        Write(root, "docsgen.yml", "title: Hostile\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n"
            + (spec is null ? "" : $"    apis:\n      - spec: {spec}\n"));
        Write(root, "versions/v1/index.md", "# Home\n");
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
