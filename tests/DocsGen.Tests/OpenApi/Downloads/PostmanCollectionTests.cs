using System.Text.Json;
using DocsGen.OpenApi.Downloads;

namespace DocsGen.Tests.OpenApi.Downloads;

/// <summary>
/// The Postman collection (v2.1) of an API has one request per operation of the spec, counted from the file itself
/// (RawOperationCounter, independent of Microsoft.OpenApi and our model), over the real specs of the shared corpus.
/// </summary>
public sealed class PostmanCollectionTests
{
    /// <summary>Every corpus spec under 1 MB (the normal run); the big three and the rest run in the slow suite.</summary>
    public static TheoryData<string> SmallSpecs() => Specs(small: true);

    public static TheoryData<string> LargeSpecs() => Specs(small: false);

    [Theory]
    [MemberData(nameof(SmallSpecs))]
    public Task A_small_real_spec_gives_one_request_per_operation(string relativePath) => OneRequestPerOperation(relativePath);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(LargeSpecs))]
    public Task A_large_real_spec_gives_one_request_per_operation(string relativePath) => OneRequestPerOperation(relativePath);

    [Fact]
    public async Task The_collection_is_the_same_bytes_from_two_loads_of_the_spec()
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, "museum", "openapi.yaml");

        var first = PostmanCollection.Json((await SpecTestKit.BuildAsync(path)).Spec!);
        var second = PostmanCollection.Json((await SpecTestKit.BuildAsync(path)).Spec!);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_request_carries_the_method_path_variables_query_and_example_body_of_its_operation()
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, "museum", "openapi.yaml");
        using var collection = JsonDocument.Parse(PostmanCollection.Json((await SpecTestKit.BuildAsync(path)).Spec!));

        var requests = Requests(collection.RootElement).ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("request"));
        var buy = requests["Buy museum tickets"];
        Assert.Equal("POST", buy.GetProperty("method").GetString());
        Assert.Equal("{{baseUrl}}/tickets", buy.GetProperty("url").GetProperty("raw").GetString());
        Assert.Equal("json", buy.GetProperty("body").GetProperty("options").GetProperty("raw").GetProperty("language").GetString());
        using var body = JsonDocument.Parse(buy.GetProperty("body").GetProperty("raw").GetString()!);
        Assert.True(body.RootElement.TryGetProperty("ticketType", out _), buy.GetProperty("body").GetProperty("raw").GetString());

        var special = requests["Get special event"];
        Assert.Equal("{{baseUrl}}/special-events/:eventId", special.GetProperty("url").GetProperty("raw").GetString());
        Assert.Equal("eventId", special.GetProperty("url").GetProperty("variable")[0].GetProperty("key").GetString());

        var variables = collection.RootElement.GetProperty("variable").EnumerateArray().ToDictionary(v => v.GetProperty("key").GetString()!, v => v.GetProperty("value").GetString());
        Assert.Equal("https://redocly.com/_mock/docs/openapi/museum-api", variables["baseUrl"]);
        Assert.Equal("basic", collection.RootElement.GetProperty("auth").GetProperty("type").GetString());
    }

    private static async Task OneRequestPerOperation(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);
        Assert.True(spec is not null, string.Join('\n', diagnostics.ToList()));

        using var collection = JsonDocument.Parse(PostmanCollection.Json(spec!));

        var root = collection.RootElement;
        Assert.Equal(PostmanCollection.SchemaUrl, root.GetProperty("info").GetProperty("schema").GetString());
        var requests = Requests(root).ToList();
        var (operations, _) = RawOperationCounter.Count(path);
        Assert.Equal(operations, requests.Count);
        var methods = new HashSet<string>(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"]);
        Assert.All(requests, r =>
        {
            var request = r.GetProperty("request");
            Assert.Contains(request.GetProperty("method").GetString()!, methods);
            Assert.False(string.IsNullOrEmpty(request.GetProperty("url").GetProperty("raw").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("name").GetString()));
        });
        // Every operation once: method and URL pairs are as many as the requests.
        Assert.Equal(requests.Count, requests.Select(r => r.GetProperty("request").GetProperty("method").GetString() + " " + r.GetProperty("request").GetProperty("url").GetProperty("raw").GetString()).Distinct().Count());
    }

    /// <summary>The requests of a collection: items with a request, at any folder depth.</summary>
    private static IEnumerable<JsonElement> Requests(JsonElement node)
    {
        foreach (var item in node.GetProperty("item").EnumerateArray())
        {
            if (item.TryGetProperty("request", out _))
            {
                yield return item;
            }
            else
            {
                foreach (var inner in Requests(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private static TheoryData<string> Specs(bool small)
    {
        var data = new TheoryData<string>();
        foreach (string file in CorpusTests.Specs())
        {
            if ((new FileInfo(Path.Combine(TestPaths.CorpusSpecs, file)).Length < 1024 * 1024) == small)
            {
                data.Add(file);
            }
        }

        return data;
    }
}
