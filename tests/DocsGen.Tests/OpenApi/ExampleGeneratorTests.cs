using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Examples;
using Microsoft.OpenApi;

namespace DocsGen.Tests.OpenApi;

public sealed class ExampleGeneratorTests
{
    [Fact]
    public void Formats_enums_and_bounds_give_realistic_deterministic_values()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["when"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                ["day"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                ["mail"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "email" },
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                ["site"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                ["color"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("red"), System.Text.Json.Nodes.JsonValue.Create("blue")] },
                ["count"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "5" },
                ["flags"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Boolean } },
            },
        };

        var json = ExampleGenerator.ToJson(ExampleGenerator.Generate(schema, SchemaSide.Any));

        Assert.Equal("""
            {
              "when": "2024-01-15T09:30:00Z",
              "day": "2024-01-15",
              "mail": "user@example.com",
              "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
              "site": "https://example.com",
              "color": "red",
              "count": 5,
              "flags": [
                true
              ]
            }
            """, json);
    }

    [Fact]
    public async Task Recursive_schemas_end()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("recursion.yaml");

        var example = SpecTestKit.Schema(spec, "Node").Example!.Value;

        Assert.Contains("\"children\": []", example);
        Assert.True(example.Length < 500, example);
    }
}
