using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>The playground's request-body editors: JSON checked against the schema as you type, form-urlencoded and multipart fields with file upload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundBodySpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new DevServer(new DevServerOptions { Root = Path.Combine(RepositoryPaths.Root, "content"), Port = 0, Extensions = [MockEndpoints.MapForDevServer] });
        await _server.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<BrowserTab> Open(string slug)
    {
        var tab = await chromium.OpenTabAsync();
        await tab.Page.GotoAsync(_server.Url + $"v2/api/operations/{slug}/");
        await tab.Page.OpenPlaygroundAsync();
        return tab;
    }

    private static async Task SendTo(IPage page, string url)
    {
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
        await page.Locator("[data-pg=custom-url]").FillAsync(url);
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_body");
        await page.Locator("[data-pg=send]").ClickAsync();
    }

    [Fact]
    public async Task A_json_body_that_breaks_the_schema_is_reported_by_path_as_you_type_and_clears_when_fixed()
    {
        await using var tab = await Open("createpayment");
        var page = tab.Page;
        var body = page.Locator("[data-pg=body]");
        var status = page.Locator("[data-pg=body-status]");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        // The validator is fetched on the first edit, not with the page.
        Assert.False(await page.EvaluateAsync<bool>("!!(window.DocsGen && window.DocsGen.playgroundValidate)"));

        await body.FillAsync("{\"amount\": \"ten\", \"currency\": \"EUR\", \"payment_method\": {\"type\": \"card\", \"token\": \"tok_1\"}}");
        await Expect(page.Locator("[data-pg=body-problems]")).ToContainTextAsync("/amount: expected integer");

        await body.FillAsync("{\"amount\": 10, \"currency\": \"EUR\"}");
        await Expect(page.Locator("[data-pg=body-problems]")).ToContainTextAsync("/payment_method: required property is missing");

        await body.FillAsync("{\"amount\": 10, \"currency\": \"EUR\", \"payment_method\": {\"type\": \"card\", \"token\": \"tok_1\"}}");
        await Expect(page.Locator("[data-pg=body-problems]")).ToHaveCountAsync(0);
        await Expect(status).ToContainTextAsync("matches the schema");
    }

    [Fact]
    public async Task A_body_that_breaks_the_schema_can_still_be_sent()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await Open("createpayment");
        var page = tab.Page;
        await page.Locator("[data-pg=body]").FillAsync("{\"amount\": -1}");
        await Expect(page.Locator("[data-pg=body-problems]")).ToBeVisibleAsync();
        await SendTo(page, api.Url);
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);
        Assert.Equal("{\"amount\": -1}", Assert.Single(api.Received).Body);
    }

    [Fact]
    public async Task A_multipart_upload_sends_the_chosen_file_and_the_text_fields()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await Open("uploaddisputeevidence");
        var page = tab.Page;
        Assert.Equal("file", await page.Locator("[data-body-field=file]").GetAttributeAsync("type"));
        await Expect(page.Locator("[data-body-field=category]")).ToHaveValueAsync("receipt");
        await page.Locator("[data-body-field=file]").SetInputFilesAsync(new FilePayload { Name = "receipt-1042.txt", MimeType = "text/plain", Buffer = "Delivered 2026-11-02, signed J. Doe"u8.ToArray() });
        await page.Locator("[data-body-field=description]").FillAsync("Signed delivery receipt");
        await SendTo(page, api.Url);
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);

        var received = Assert.Single(api.Received);
        Assert.Equal(("POST", "/disputes/dp_8Hc2Lw9Qz4Rt6Yx/evidence"), (received.Method, received.PathAndQuery));
        Assert.StartsWith("multipart/form-data; boundary=", received.Headers["content-type"], StringComparison.Ordinal);
        var boundary = received.Headers["content-type"].Split("boundary=")[1];
        var parts = received.Body.Split("--" + boundary).Select(p => p.Trim()).Where(p => p.Length > 0 && p != "--").ToList();
        Assert.Contains(parts, p => p.Contains("name=\"file\"; filename=\"receipt-1042.txt\"", StringComparison.Ordinal) && p.EndsWith("Delivered 2026-11-02, signed J. Doe", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Contains("name=\"category\"", StringComparison.Ordinal) && p.EndsWith("receipt", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Contains("name=\"description\"", StringComparison.Ordinal) && p.EndsWith("Signed delivery receipt", StringComparison.Ordinal));

        await page.Locator("[data-pg=curl]").ClickAsync();
        var curl = await page.Locator(".pg-code").TextContentAsync() ?? "";
        Assert.Contains("-F 'file=@receipt-1042.txt'", curl, StringComparison.Ordinal);
        Assert.Contains("--form-string 'category=receipt'", curl, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type", curl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_without_the_required_file_is_not_sent()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await Open("uploaddisputeevidence");
        var page = tab.Page;
        await SendTo(page, api.Url);
        await Expect(page.Locator(".pg-response")).ToContainTextAsync("file (body) is required");
        Assert.Empty(api.Received);
    }

    [Fact]
    public async Task A_form_urlencoded_body_reaches_the_api_encoded_with_its_content_type()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await Open("createcheckoutsession");
        var page = tab.Page;
        await page.Locator("[data-body-field=success_url]").FillAsync("https://shop.example/thanks?order=1042&x=a b");
        await page.Locator("[data-body-field=collect_address]").SelectOptionAsync("true");
        await SendTo(page, api.Url);
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);

        var received = Assert.Single(api.Received);
        Assert.Equal("application/x-www-form-urlencoded", received.Headers["content-type"]);
        Assert.Equal("amount=2500&currency=EUR&success_url=https%3A%2F%2Fshop.example%2Fthanks%3Forder%3D1042%26x%3Da+b&collect_address=true", received.Body);

        await page.Locator("[data-pg=curl]").ClickAsync();
        Assert.Contains("--data-urlencode 'amount=2500'", await page.Locator(".pg-code").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_is_accepted_by_the_built_in_mock()
    {
        await using var tab = await Open("uploaddisputeevidence");
        var page = tab.Page;
        await Expect(page.Locator("[data-pg=server] option", new() { HasText = "Mock (docsgen serve)" })).ToHaveCountAsync(1);
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Mock (docsgen serve)" });
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_body");
        await page.Locator("[data-body-field=file]").SetInputFilesAsync(new FilePayload { Name = "r.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() });
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
        await Expect(page.Locator("[data-pg=response-body]")).ToContainTextAsync("ev_3Kd9Pq2Wm7Nx4Bz");
    }
}
