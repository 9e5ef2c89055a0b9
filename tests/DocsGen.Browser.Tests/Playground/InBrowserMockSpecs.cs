using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// The in-browser mock (what a static build offers) refuses a body exactly as the built-in mock of
/// `docsgen serve` does, also when the body schema is too big for the page's own playground data:
/// Rebilly's POST /tokens (../shared/corpus, read in place), a oneOf of three token schemas over 17
/// components, the largest JSON request body schema in the corpus. Its whole schema is fetched from
/// playground-body.json beside the page, and only when the reader sends to the in-browser mock.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InBrowserMockSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Operation = "v1/rebilly/operations/posttoken/";
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docsgen-in-browser-mock-" + Guid.NewGuid().ToString("N"));
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        var specs = RepositoryPaths.Corpus("specs");
        Directory.CreateDirectory(Path.Combine(_root, "versions", "v1"));
        File.WriteAllText(Path.Combine(_root, "versions", "v1", "index.md"), "# Tokens\n");
        var quoted = specs.Replace("'", "''", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root, "docsgen.yml"), $"""
            title: In-browser mock on a real spec
            readRoots: ['{quoted}']
            versions:
              - id: v1
                apis:
                  - id: rebilly
                    spec: '{quoted}/apis-guru/rebilly.com__2.1__openapi.yaml'
                    prefix: rebilly
            """);
        _server = new DevServer(new DevServerOptions { Root = _root, Port = 0, Extensions = [MockEndpoints.MapForDevServer] });
        await _server.StartAsync();
        Assert.True(_server.LastBuild is { Succeeded: true }, "The Rebilly site does not build:\n" + string.Join('\n', _server.LastBuild?.Diagnostics ?? []));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_body_missing_a_required_property_gets_the_built_in_mocks_status_and_reasons_from_the_in_browser_mock()
    {
        // The page's own data carries no schema for this body: it is over PlaygroundSchema.MaxChars.
        using (var data = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_server.OutputDir, Operation, "playground.json"))))
        {
            var body = data.RootElement.GetProperty("body");
            Assert.Equal(JsonValueKind.Null, body.GetProperty("content")[0].GetProperty("schema").ValueKind);
            Assert.Equal("playground-body.json", body.GetProperty("schemaFile").GetString());
        }

        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var fetched = new ConcurrentQueue<string>();
        page.Request += (_, r) => fetched.Enqueue(r.Url);
        await page.GotoAsync(_server.Url + Operation);
        await page.OpenPlaygroundAsync();
        // The reader deletes a property every token schema requires from the prefilled example.
        var example = JsonNode.Parse(await page.Locator("[data-pg=body]").InputValueAsync())!.AsObject();
        Assert.True(example.Remove("billingAddress"), "The prefilled example has no billingAddress to remove.");
        await page.Locator("[data-pg=body]").FillAsync(example.ToJsonString());

        var builtIn = await SendTo(page, "Mock (docsgen serve)");
        Assert.DoesNotContain(fetched, u => u.EndsWith("playground-body.json", StringComparison.Ordinal));
        var inBrowser = await SendTo(page, "Mock (in your browser)");

        Assert.Contains(fetched, u => u.EndsWith(Operation + "playground-body.json", StringComparison.Ordinal));
        Assert.Equal("422", builtIn.Status);
        Assert.Equal(builtIn.Status, inBrowser.Status);
        Assert.True(builtIn.Body.Contains("required property 'billingAddress' is missing", StringComparison.Ordinal), builtIn.Body);
        // Same shape, same reasons in the same order: {type, title, status, errors: [{in, name, message}]}.
        Assert.Equal(builtIn.Body, inBrowser.Body);
    }

    [Fact]
    public async Task The_prefilled_example_of_the_big_body_is_accepted_by_both_mocks_alike()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_server.Url + Operation);
        await page.OpenPlaygroundAsync();

        var builtIn = await SendTo(page, "Mock (docsgen serve)");
        var inBrowser = await SendTo(page, "Mock (in your browser)");

        Assert.Equal(builtIn.Status, inBrowser.Status);
        Assert.StartsWith("2", inBrowser.Status, StringComparison.Ordinal);
    }

    /// <summary>
    /// Picks the server, types the key (the playground keeps credentials per server), presses Send, and
    /// reads what the panel shows: the status and the body as JSON text.
    /// </summary>
    private static async Task<(string Status, string Body)> SendTo(IPage page, string server)
    {
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = server });
        await page.Locator(".pg-auth input[data-auth]:not([type=checkbox])").First.FillAsync("sk_test_tokens");
        await page.EvaluateAsync("() => { const s = document.querySelector('[data-pg=status]'); if (s) s.remove(); }");
        await page.Locator("[data-pg=send]").ClickAsync();
        var status = await page.Locator("[data-pg=status]").TextContentAsync() ?? "";
        // Both mocks answer with a JSON body (the problem, or the documented example), shown once read.
        var shown = page.Locator("[data-pg=response-body]");
        await Expect(shown).ToBeAttachedAsync();
        return (status, JsonNode.Parse(await shown.TextContentAsync() ?? "")!.ToJsonString(Readable));
    }
}
