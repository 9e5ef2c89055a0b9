using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>The "Try it" panel on the demo API's createPayment page, served by the dev server with its mocks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string CreatePayment = "v2/api/operations/createpayment/";
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new DevServer(new DevServerOptions { Root = Path.Combine(RepositoryPaths.Root, "content"), Port = 0, Extensions = [MockEndpoints.MapForDevServer] });
        await _server.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<BrowserTab> OpenCreatePayment()
    {
        var tab = await chromium.OpenTabAsync();
        await tab.Page.GotoAsync(_server.Url + CreatePayment);
        await tab.Page.OpenPlaygroundAsync();
        return tab;
    }

    private static async Task ChooseServer(IPage page, string label)
    {
        var select = page.Locator("[data-pg=server]");
        await Expect(select.Locator("option", new() { HasText = label })).ToHaveCountAsync(1);
        await select.SelectOptionAsync(new SelectOptionValue { Label = label });
    }

    [Fact]
    public async Task CreatePayment_sent_to_the_built_in_mock_answers_201_with_the_example()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await ChooseServer(page, "Mock (docsgen serve)");
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_123");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
        await Expect(page.Locator("[data-pg=response-body]")).ToContainTextAsync("\"id\"");
    }

    [Fact]
    public async Task Without_credentials_the_built_in_mock_answers_401()
    {
        await using var tab = await OpenCreatePayment();
        await ChooseServer(tab.Page, "Mock (docsgen serve)");
        await tab.Page.Locator("[data-pg=send]").ClickAsync();
        await Expect(tab.Page.Locator("[data-pg=status]")).ToHaveTextAsync("401");
    }

    [Fact]
    public async Task The_in_browser_mock_answers_without_network()
    {
        await using var tab = await OpenCreatePayment();
        await ChooseServer(tab.Page, "Mock (in your browser)");
        await tab.Page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_123");
        await tab.Page.Locator("[data-pg=send]").ClickAsync();
        await Expect(tab.Page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
    }

    [Fact]
    public async Task A_hostile_response_shows_as_text_and_runs_nothing_and_the_api_gets_key_and_body()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-pg=custom-url]").FillAsync(api.Url);
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_secret");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);
        Assert.Equal(0, await page.Locator(".pg-response img, .pg-response script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, dialogs);

        var received = Assert.Single(api.Received);
        Assert.Equal(("POST", "/payments"), (received.Method, received.PathAndQuery));
        Assert.Equal("sk_test_secret", received.Headers["x-api-key"]);
        Assert.Contains("\"currency\"", received.Body, StringComparison.Ordinal);

        // The tab keeps the key for the API's other pages; the device keeps it only when asked to.
        var local = await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))");
        Assert.DoesNotContain("sk_test_secret", local, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_carries_over_to_the_next_operation_page_of_the_tab_without_remember()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_tab");

        await page.GotoAsync(_server.Url + "v2/api/operations/listpayments/");
        await page.OpenPlaygroundAsync();

        await Expect(page.Locator("[data-auth='apiKey:value']")).ToHaveValueAsync("sk_test_tab");
        await Expect(page.Locator("[data-pg=remember]")).Not.ToBeCheckedAsync();
        Assert.DoesNotContain("sk_test_tab", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remember_on_this_device_keeps_credentials_in_local_storage_and_unticking_removes_them()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_kept");
        await page.Locator("[data-pg=remember]").CheckAsync();
        Assert.Contains("sk_test_kept", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"), StringComparison.Ordinal);

        await page.Locator("[data-pg=remember]").UncheckAsync();
        Assert.DoesNotContain("sk_test_kept", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_Enter_in_the_body_sends_the_request()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-pg=custom-url]").FillAsync(api.Url);
        await page.Locator("[data-pg=body]").FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);
        Assert.Single(api.Received);
    }
    [Fact]
    public async Task Query_parameters_and_the_api_key_reach_a_custom_server()
    {
        await using var api = await EchoApi.StartAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_server.Url + "v2/api/operations/listpayments/");
        await page.OpenPlaygroundAsync();
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-pg=custom-url]").FillAsync(api.Url);
        await page.Locator("[data-param='query:limit']").FillAsync("5");
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_q");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);
        var received = Assert.Single(api.Received);
        Assert.Equal(("GET", "/payments?limit=5"), (received.Method, received.PathAndQuery));
        Assert.Equal("sk_test_q", received.Headers["x-api-key"]);
    }

    [Fact]
    public async Task OAuth2_client_credentials_against_the_built_in_mock_get_a_token_the_mock_accepts()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await ChooseServer(page, "Mock (docsgen serve)");
        await page.Locator("[data-oauth-go=oauth2]").ClickAsync();
        await Expect(page.Locator("[data-oauth-status=oauth2]")).ToContainTextAsync("Token received");
        Assert.StartsWith("mock_token_", await page.Locator("[data-auth='oauth2:token']").InputValueAsync(), StringComparison.Ordinal);
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
    }

    [Fact]
    public async Task OAuth2_authorization_code_with_pkce_against_the_built_in_mock_signs_in_through_the_redirect_page()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await ChooseServer(page, "Mock (docsgen serve)");
        await page.Locator("[data-oauth-flow=oauth2]").SelectOptionAsync(new SelectOptionValue { Label = "Authorization code with PKCE" });
        await page.Locator("[data-auth='oauth2:clientId']").FillAsync("demo-client");
        await page.RunAndWaitForPopupAsync(() => page.Locator("[data-oauth-go=oauth2]").ClickAsync());
        await Expect(page.Locator("[data-oauth-status=oauth2]")).ToContainTextAsync("Token received");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
    }

    [Fact]
    public async Task Copy_as_csharp_writes_the_request_as_filled_in_the_generated_samples_style()
    {
        await using var tab = await OpenCreatePayment();
        var page = tab.Page;
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-pg=custom-url]").FillAsync("https://api.example.test/v2");
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_cs");
        await page.Locator("[data-pg=csharp]").ClickAsync();
        var code = await page.Locator(".pg-code").TextContentAsync() ?? "";

        Assert.StartsWith("using var client = new HttpClient();\nusing var request = new HttpRequestMessage(new HttpMethod(\"POST\"), \"https://api.example.test/v2/payments\");", code, StringComparison.Ordinal);
        Assert.Contains("request.Headers.TryAddWithoutValidation(\"X-Api-Key\", \"sk_test_cs\");", code, StringComparison.Ordinal);
        Assert.Contains("request.Content = new StringContent(\n    \"\"\"\n    {", code, StringComparison.Ordinal);
        Assert.Contains("System.Text.Encoding.UTF8,\n    \"application/json\");", code, StringComparison.Ordinal);
        Assert.EndsWith("Console.WriteLine(await response.Content.ReadAsStringAsync());", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_serve_proxy_calls_to_allowlisted_hosts_go_through_the_dev_server_and_others_go_direct()
    {
        await using var allowed = await EchoApi.StartAsync();
        await using var other = await EchoApi.StartAsync();
        await using var server = new DevServer(new DevServerOptions
        {
            Root = Path.Combine(RepositoryPaths.Root, "content"),
            Port = 0,
            Extensions = [MockEndpoints.MapForDevServer, ProxyEndpoints.For([new Uri(allowed.Url).Authority])],
        });
        await server.StartAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(server.Url + CreatePayment);
        await page.OpenPlaygroundAsync();
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_proxy");

        await page.Locator("[data-pg=custom-url]").FillAsync(allowed.Url);
        var viaProxy = await page.RunAndWaitForRequestAsync(() => page.Locator("[data-pg=send]").ClickAsync(), r => r.Method == "POST");
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        Assert.Equal(server.Url + "__proxy/" + allowed.Url + "/payments", viaProxy.Url);
        Assert.False(Assert.Single(allowed.Received).Headers.ContainsKey("origin"), "the proxy forwarded the docs site's Origin");

        await page.Locator("[data-pg=custom-url]").FillAsync(other.Url);
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_direct");
        var direct = await page.RunAndWaitForRequestAsync(() => page.Locator("[data-pg=send]").ClickAsync(), r => r.Method == "POST");
        await Expect(page.Locator("[data-pg=response-body]")).ToHaveTextAsync(EchoApi.HostileBody);
        Assert.Equal(other.Url + "/payments", direct.Url);
        Assert.Single(other.Received);
    }

    [Fact]
    public async Task A_server_the_reader_picked_stays_picked_when_the_dev_server_mock_is_discovered_later()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/__docsgen/ping", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(_server.Url + CreatePayment);
        await page.OpenPlaygroundAsync();
        await ChooseServer(page, "Custom URL");
        await page.Locator("[data-pg=custom-url]").FillAsync("https://api.example.test");
        release.SetResult();

        await Expect(page.Locator("[data-pg=server] option", new() { HasText = "Mock (docsgen serve)" })).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-pg=server] option:checked")).ToHaveTextAsync("Custom URL");
        await Expect(page.Locator("[data-pg=custom-url]")).ToBeVisibleAsync();
    }
}
