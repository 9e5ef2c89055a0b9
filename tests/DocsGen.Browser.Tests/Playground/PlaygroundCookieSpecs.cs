using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// An API key that travels in a cookie (Fixtures/OAuthSite, operation getSession). A page cannot set
/// the Cookie header of a fetch to another site: through `docsgen serve --proxy` the key reaches the
/// API as a real cookie; elsewhere the panel says why it cannot be sent and what to do.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundCookieSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string GetSession = "v1/api/operations/getsession/";
    private EchoApi _api = null!;
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _api = await EchoApi.StartAsync();
        _server = new DevServer(new DevServerOptions
        {
            Root = RepositoryPaths.Fixture("OAuthSite"),
            Port = 0,
            Extensions = [MockEndpoints.MapForDevServer, ProxyEndpoints.For([new Uri(_api.Url).Authority])],
        });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Through_serve_proxy_the_cookie_key_reaches_the_chosen_api_as_a_cookie()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_server.Url + GetSession);
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
        await page.Locator("[data-pg=custom-url]").FillAsync(_api.Url);
        await page.Locator("[data-auth='session:value']").FillAsync("sk_cookie 1");
        await Expect(page.Locator("[data-pg=cookie-note]")).ToContainTextAsync("through `docsgen serve --proxy`");

        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        var received = Assert.Single(_api.Received);
        Assert.Equal("session_key=sk_cookie%201", received.Headers["cookie"]);
        Assert.False(received.Headers.ContainsKey("x-docsgen-cookie"), "the proxy forwarded its own cookie header");
    }

    [Fact]
    public async Task Without_the_proxy_the_panel_says_why_the_cookie_cannot_be_sent_and_curl_carries_it()
    {
        await using var other = await EchoApi.StartAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_server.Url + GetSession);
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
        await page.Locator("[data-pg=custom-url]").FillAsync(other.Url);
        await page.Locator("[data-auth='session:value']").FillAsync("sk_cookie");

        var note = page.Locator("[data-pg=cookie-note]");
        await Expect(note).ToContainTextAsync("Cannot be sent from the browser to this server");
        await Expect(note).ToContainTextAsync("docsgen serve --proxy " + new Uri(other.Url).Authority);
        await page.Locator("[data-pg=curl]").ClickAsync();
        await Expect(page.Locator(".pg-code")).ToContainTextAsync("-b 'session_key=sk_cookie'");
    }

    [Fact]
    public async Task The_dev_server_mock_on_the_docs_origin_gets_the_cookie()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_server.Url + GetSession);
        await Expect(page.Locator("[data-pg=server] option:checked")).ToHaveTextAsync("Mock (docsgen serve)");
        await page.Locator("[data-auth='session:value']").FillAsync("sk_cookie");
        await Expect(page.Locator("[data-pg=cookie-note]")).ToContainTextAsync("Sent as a cookie");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
    }
}
