using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi;

/// <summary>Schemas that only $ref each other in a ring are refused at load, with the ring spelled out; a recursive tree is fine.</summary>
public sealed class SchemaRefCycleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docsgen-ref-ring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_ring_of_refs_is_an_error_at_its_first_schema_and_the_spec_is_not_used()
    {
        var (spec, diagnostics) = await LoadAsync("""
            openapi: 3.0.3
            info: {title: Ring, version: "1"}
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: Things.
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/A'}}
            components:
              schemas:
                B: {$ref: '#/components/schemas/C'}
                A: {$ref: '#/components/schemas/B'}
                C: {$ref: '#/components/schemas/A'}
                Fine: {type: string}
            """);

        Assert.Null(spec);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.SpecUnresolvedRef, error.Code);
        Assert.Contains("A → B → C → A", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Location!.Line);
    }

    [Fact]
    public async Task A_swagger_2_ring_is_located_in_its_definitions()
    {
        var (spec, diagnostics) = await LoadAsync("""
            swagger: "2.0"
            info: {title: Ring, version: "1"}
            paths: {}
            definitions:
              Pet: {$ref: '#/definitions/Animal'}
              Animal: {$ref: '#/definitions/Pet'}
            """);

        Assert.Null(spec);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("Animal → Pet → Animal", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Location!.Line);
    }

    [Fact]
    public async Task A_schema_whose_properties_refer_back_to_it_is_a_tree_not_a_ring()
    {
        var (spec, diagnostics) = await LoadAsync("""
            openapi: 3.1.0
            info: {title: Tree, version: "1"}
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                Alias: {$ref: '#/components/schemas/Node'}
            """);

        Assert.NotNull(spec);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    private async Task<(LoadedSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics)> LoadAsync(string yaml)
    {
        var path = Path.Combine(_folder, "api.yaml");
        await File.WriteAllTextAsync(path, yaml);
        var diagnostics = new DiagnosticBag();
        var spec = await SpecLoader.LoadAsync(path, "api.yaml", diagnostics, CancellationToken.None);
        return (spec, diagnostics.ToList());
    }
}
