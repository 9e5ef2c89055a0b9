using DocsGen.OpenApi.CodeSamples;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A spec's operations spell each request body once per language (<see cref="SampleBodies"/>); the samples must read
/// exactly as when every operation spells its own.
/// </summary>
public sealed class SampleBodiesTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shared bodies, version: '1' }
        servers: [{ url: 'https://api.example.com' }]
        paths:
          /pets:
            post:
              operationId: createPet
              requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              responses: { '201': { description: Created. } }
          /pets/{id}:
            put:
              operationId: replacePet
              parameters: [{ name: id, in: path, required: true, schema: { type: string, example: p1 } }]
              requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              responses: { '200': { description: Replaced. } }
          /notes:
            post:
              operationId: createNote
              requestBody: { content: { text/plain: { schema: { type: string }, example: "a \"quoted\"\nnote with a ` and \\u0041" } } }
              responses: { '204': { description: Kept. } }
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string, example: "Rex \"the\" dog" }
                tags: { type: array, items: { type: string, example: 'a\b' } }
                owner: { type: object, properties: { id: { type: integer, example: 7 }, vip: { type: boolean }, note: { type: string, nullable: true, example: null } } }
        """;

    [Fact]
    public async Task Samples_spelled_from_the_shared_bodies_read_as_samples_spelled_alone()
    {
        var spec = await BuildAsync();
        var bodies = new SampleBodies();

        foreach (var operation in spec.Operations)
        {
            var alone = CodeSampleGenerator.Generated(operation, _ => null);
            var shared = CodeSampleGenerator.Generated(operation, _ => null, bodies: bodies);
            var again = CodeSampleGenerator.Generated(operation, _ => null, bodies: bodies);

            Assert.Equal(alone.Select(s => (s.Key, s.Source)), shared.Select(s => (s.Key, s.Source)));
            Assert.Equal(alone.Select(s => (s.Key, s.Source)), again.Select(s => (s.Key, s.Source)));
        }

        // The model's own samples (built with the spec's shared bodies) read the same too.
        Assert.All(spec.Operations, o => Assert.Equal(
            CodeSampleGenerator.Generated(o, _ => null).Select(s => s.Source),
            o.CodeSamples.Select(s => s.Source)));
    }

    [Fact]
    public async Task Two_operations_sending_one_body_share_its_spelling()
    {
        var spec = await BuildAsync();
        var bodies = new SampleBodies();
        var create = spec.Operations.Single(o => o.Id == "createPet");
        var replace = spec.Operations.Single(o => o.Id == "replacePet");

        var first = SampleRequest.From(create, _ => null, bodies: bodies).BodyAs("python", text => text + "!");
        var second = SampleRequest.From(replace, _ => null, bodies: bodies).BodyAs("python", _ => "spelled again");

        Assert.EndsWith("!", first, StringComparison.Ordinal);
        Assert.Same(first, second);
    }

    private static async Task<DocsGen.OpenApi.Model.ApiSpec> BuildAsync()
    {
        var folder = Directory.CreateTempSubdirectory("docsgen-sample-bodies-").FullName;
        try
        {
            var path = Path.Combine(folder, "spec.yaml");
            await File.WriteAllTextAsync(path, Spec);
            var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);
            Assert.True(spec is not null, string.Join("\n", diagnostics.ToList()));
            return spec!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
