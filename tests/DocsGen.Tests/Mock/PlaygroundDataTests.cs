using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Playground;
using DocsGen.Tests.OpenApi;

namespace DocsGen.Tests.Mock;

public sealed class PlaygroundDataTests
{
    private static async Task<string> CreateOrderJson()
    {
        var (spec, _) = await SpecTestKit.BuildAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"));
        return PlaygroundData.Json(SpecTestKit.Operation(spec!, "createOrder"), spec!, "__mock/v1/test");
    }

    [Fact]
    public async Task Hostile_spec_text_cannot_close_the_script_element()
    {
        var json = await CreateOrderJson();
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        var example = JsonDocument.Parse(json).RootElement.GetProperty("body").GetProperty("content")[0].GetProperty("example").GetString();
        Assert.Contains("</script><img src=x onerror=alert(1)>", example, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_describes_servers_parameters_and_security_schemes()
    {
        var root = JsonDocument.Parse(await CreateOrderJson()).RootElement;
        Assert.Equal("POST", root.GetProperty("method").GetString());
        var variable = root.GetProperty("servers")[0].GetProperty("variables")[0];
        Assert.Equal(["eu", "us"], variable.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var header = root.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "X-Request-Id");
        Assert.True(header.GetProperty("required").GetBoolean());
        var dryRun = root.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "dry_run");
        Assert.Equal("boolean", dryRun.GetProperty("type").GetString());
        var scheme = root.GetProperty("security")[0][0];
        Assert.Equal(("apiKey", "X-Api-Key", "header"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("name").GetString(), scheme.GetProperty("in").GetString()));
    }

    [Fact]
    public async Task The_body_carries_a_compact_schema_with_required_types_patterns_enums_and_alternatives()
    {
        var schema = JsonDocument.Parse(await CreateOrderJson()).RootElement.GetProperty("body").GetProperty("content")[0].GetProperty("schema");
        Assert.Equal(["sku", "quantity"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties");
        Assert.Equal("^[A-Z][0-9]+$", properties.GetProperty("sku").GetProperty("pattern").GetString());
        Assert.Equal(["integer"], properties.GetProperty("quantity").GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, properties.GetProperty("quantity").GetProperty("minimum").GetDouble());
        Assert.Equal(["standard", "express"], properties.GetProperty("speed").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, properties.GetProperty("gift").GetProperty("oneOf").GetArrayLength());
        Assert.False(schema.TryGetProperty("description", out _));
    }

    [Fact]
    public async Task A_multipart_body_marks_its_file_field_as_binary_and_each_media_type_has_its_own_schema()
    {
        var (spec, _) = await SpecTestKit.BuildAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"));
        var content = JsonDocument.Parse(PlaygroundData.Json(SpecTestKit.Operation(spec!, "attachToOrder"), spec!, "__mock/v1/test")).RootElement.GetProperty("body").GetProperty("content");
        var multipart = content.EnumerateArray().Single(c => c.GetProperty("mediaType").GetString() == "multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", multipart.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["string"], multipart.GetProperty("properties").GetProperty("tags").GetProperty("items").GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        var form = content.EnumerateArray().Single(c => c.GetProperty("mediaType").GetString() == "application/x-www-form-urlencoded").GetProperty("schema");
        Assert.Equal(["kind"], form.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("{\"a\":{\"b\":{}}}")]
    [InlineData("{\"s\":\"{{name}} and }}\\\" {{\"}")]
    public void Json_without_template_braces_reads_back_as_the_same_value(string json)
    {
        var safe = PlaygroundData.WithoutTemplateBraces(json);
        Assert.DoesNotContain("{{", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", safe, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(safe)), safe);
    }
}
