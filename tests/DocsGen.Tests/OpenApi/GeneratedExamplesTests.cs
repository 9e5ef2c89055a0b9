using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Examples;
using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A spec's generated examples are made once per schema and side and reused by every operation that shows them.
/// Every use must get exactly what generating it there would give, and the keywords no value fits must be the same.
/// </summary>
public sealed class GeneratedExamplesTests
{
    /// <summary>Real specs of the normal run: Kubernetes shares its object schemas across hundreds of operations.</summary>
    public static TheoryData<string> Subset() => ["kubernetes-1.36-swagger.json", "museum/openapi.yaml", "oai-examples/v3.0/petstore-expanded.yaml"];

    [Theory]
    [MemberData(nameof(Subset))]
    public async Task Every_use_gets_what_generating_it_in_place_gives(string relativePath) =>
        await AssertSameAsGeneratingInPlace(relativePath);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(CorpusTests.Specs), MemberType = typeof(CorpusTests))]
    public async Task Every_use_in_every_corpus_spec_gets_what_generating_it_in_place_gives(string relativePath) =>
        await AssertSameAsGeneratingInPlace(relativePath);

    [Fact]
    public async Task Stripes_responses_reuse_one_example_per_component()
    {
        var (uses, made) = await AssertSameAsGeneratingInPlace("stripe-2023-09-12.yaml");

        // Every operation answers errors with the same component, and many return the same object (a customer, a list).
        Assert.True(uses > 3 * made, $"{uses} response examples shown, {made} made");
    }

    [Fact]
    public void A_keyword_no_value_fits_is_told_on_every_use_not_only_the_first()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "(?<=a)b" };
        var told = new List<string>();
        var examples = new GeneratedExamples(SchemaResolver.Unbound, told.Add);

        var first = examples.Json(schema, SchemaSide.Response);
        var second = examples.Json(schema, SchemaSide.Response);

        Assert.Equal(first, second);
        Assert.Equal(2, told.Count);
        Assert.Equal(told[0], told[1]);
    }

    /// <returns>How many response examples the spec's operations show, and how many distinct ones were made for them.</returns>
    private static async Task<(int Uses, int Made)> AssertSameAsGeneratingInPlace(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        Assert.True(File.Exists(path), $"Corpus spec {path} is missing: the shared corpus must sit beside the repository (../shared/corpus).");
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(path, Path.GetFileName(path), diagnostics, CancellationToken.None);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.ToList()));
        var resolver = new SchemaResolver(loaded!.Document.Components?.Schemas);
        var viaMemo = new HashSet<string>(StringComparer.Ordinal);
        var inPlace = new HashSet<string>(StringComparer.Ordinal);
        var examples = new GeneratedExamples(resolver, k => viaMemo.Add(k));
        var uses = 0;
        var distinct = new HashSet<(object, SchemaSide, bool)>();
        foreach (var (schema, side, parameter) in Uses(loaded.Document))
        {
            if (side == SchemaSide.Response)
            {
                uses++;
                distinct.Add((resolver.Resolve(schema), side, parameter));
            }

            if (parameter)
            {
                Assert.Equal(ExampleGenerator.ForParameter(schema, resolver, k => inPlace.Add(k)), examples.Parameter(schema));
            }
            else
            {
                var generated = ExampleGenerator.Generate(schema, side, resolver, k => inPlace.Add(k));
                Assert.Equal(generated is null ? null : ExampleGenerator.ToJson(generated), examples.Json(schema, side));
            }
        }

        Assert.Equal(inPlace.Order(StringComparer.Ordinal), viaMemo.Order(StringComparer.Ordinal));
        return (uses, distinct.Count);
    }

    /// <summary>The schemas an operation page generates examples for: parameters, request bodies and responses.</summary>
    private static IEnumerable<(IOpenApiSchema Schema, SchemaSide Side, bool Parameter)> Uses(OpenApiDocument document)
    {
        foreach (var item in (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>()).Concat(document.Webhooks?.Values ?? Enumerable.Empty<IOpenApiPathItem>()))
        {
            foreach (var (_, operation) in OperationSite.Ordered(item))
            {
                foreach (var parameter in (item.Parameters ?? []).Concat(operation.Parameters ?? []))
                {
                    if (parameter?.Schema is { } schema)
                    {
                        yield return (schema, SchemaSide.Request, true);
                    }
                }

                foreach (var media in operation.RequestBody?.Content?.Values ?? [])
                {
                    if ((media?.Schema ?? media?.ItemSchema) is { } body)
                    {
                        yield return (body, SchemaSide.Request, false);
                    }
                }

                foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    foreach (var media in response?.Content?.Values ?? [])
                    {
                        if ((media?.Schema ?? media?.ItemSchema) is { } body)
                        {
                            yield return (body, SchemaSide.Response, false);
                        }
                    }
                }
            }
        }
    }
}
