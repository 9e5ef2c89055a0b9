using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Examples;
using DocsGen.Validation;
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

public sealed class ExampleGeneratorSchemaFitTests
{
    private static OpenApiSchema Str(string? format = null, string? pattern = null) => new() { Type = JsonSchemaType.String, Format = format, Pattern = pattern };

    [Fact]
    public void Integer_const_and_enum_stay_numbers()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["version"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Const = "0" },
                ["level"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Enum = [JsonValue.Create(3), JsonValue.Create(5)] },
            },
        };

        Assert.Equal("""{"version":0,"level":3}""", ExampleGenerator.Generate(schema, SchemaSide.Any)!.ToJsonString());
    }

    [Fact]
    public void Bounds_multiple_of_and_exclusive_limits_are_met()
    {
        var between = new OpenApiSchema { Type = JsonSchemaType.Integer, ExclusiveMinimum = "10", Maximum = "20", MultipleOf = 4 };
        var negative = new OpenApiSchema { Type = JsonSchemaType.Number, ExclusiveMaximum = "0" };

        Assert.Equal("12", ExampleGenerator.Generate(between, SchemaSide.Any)!.ToJsonString());
        Assert.Empty(SchemaValidator.Validate(ExampleGenerator.Generate(negative, SchemaSide.Any), negative));
    }

    [Fact]
    public void Pattern_wins_over_a_format_sample_that_does_not_match()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "int64", Pattern = "^[1-9][0-9]{17}$" };

        Assert.Equal("\"100000000000000000\"", ExampleGenerator.Generate(schema, SchemaSide.Any)!.ToJsonString());
    }

    [Fact]
    public void Every_format_sample_is_valid_for_the_validator()
    {
        foreach (var format in new[] { "date", "date-time", "time", "email", "uuid", "uri", "ipv4", "ipv6", "hostname", "byte", "duration" })
        {
            var schema = Str(format);
            Assert.Empty(SchemaValidator.Validate(ExampleGenerator.Generate(schema, SchemaSide.Any), schema));
        }
    }

    [Fact]
    public void ReadOnly_is_left_out_of_requests_and_writeOnly_out_of_responses_but_required_always_comes()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "name" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, ReadOnly = true },
                ["secret"] = new OpenApiSchema { Type = JsonSchemaType.String, WriteOnly = true },
                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 3 },
            },
        };

        Assert.Equal("""{"secret":"string","name":"string"}""", ExampleGenerator.Generate(schema, SchemaSide.Request)!.ToJsonString());
        Assert.Equal("""{"id":"string","name":"string"}""", ExampleGenerator.Generate(schema, SchemaSide.Response)!.ToJsonString());
    }

    [Fact]
    public void An_author_example_that_breaks_its_schema_is_replaced()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^AC[0-9a-f]{4}$", Examples = [JsonValue.Create("string")] };

        Assert.Equal("\"AC0000\"", ExampleGenerator.Generate(schema, SchemaSide.Any)!.ToJsonString());
    }

    [Fact]
    public void Min_items_and_min_properties_are_met()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            MinProperties = 2,
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 3, Items = new OpenApiSchema { Type = JsonSchemaType.Boolean } },
        };

        var value = ExampleGenerator.Generate(schema, SchemaSide.Any);

        Assert.Empty(SchemaValidator.Validate(value, schema));
        Assert.Equal("""{"key":[true,true,true],"key2":[true,true,true]}""", value!.ToJsonString());
    }

    [Fact]
    public async Task A_oneOf_with_a_discriminator_names_the_chosen_alternative()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("discriminator-example.yaml");

        var example = SpecTestKit.Schema(spec, "Pet").Example!.Value;

        Assert.Contains("\"kind\": \"cat\"", example);
        Assert.Contains("\"lives\": 9", example);
    }
}
