using System.Text.Json;
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
}
