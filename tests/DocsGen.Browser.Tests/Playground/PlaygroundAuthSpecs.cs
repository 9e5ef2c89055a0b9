using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// OAuth 2 and OpenID Connect in the "Try it" panel, round trips against <see cref="EchoApi"/> as
/// both the API and its authorization server; the site is Fixtures/OAuthSite served over HTTP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundAuthSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private ServedSite _site = null!;
    private EchoApi _api = null!;

    public async Task InitializeAsync()
    {
        _site = await ServedSite.StartAsync("OAuthSite");
        _api = await EchoApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _site.DisposeAsync();
    }

    private async Task<BrowserTab> OpenOperation(string operationId, string serverUrl)
    {
        var tab = await chromium.OpenTabAsync();
        await tab.Page.GotoAsync(_site.Url($"v1/api/operations/{operationId}/"));
        await tab.Page.OpenPlaygroundAsync();
        await tab.Page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
        await tab.Page.Locator("[data-pg=custom-url]").FillAsync(serverUrl);
        return tab;
    }

    /// <summary>Sends, and returns the token the API received, after checking the API issued it.</summary>
    private async Task<string> SendAndReadIssuedGrant(IPage page)
    {
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        var received = Assert.Single(_api.Received);
        var authorization = received.Headers["authorization"];
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        Assert.True(_api.IssuedTokens.TryGetValue(authorization["Bearer ".Length..], out var grant), "the API did not issue " + authorization);
        return grant!;
    }

    private async Task ExpectToken(IPage page, string scheme) =>
        await Expect(page.Locator($"[data-oauth-status={scheme}]")).ToContainTextAsync("Token received", new() { Timeout = 15_000 });

    [Fact]
    public async Task Client_credentials_get_a_real_token_that_the_api_accepts()
    {
        await using var tab = await OpenOperation("listthings", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='machine:clientId']").FillAsync(EchoApi.ClientId);
        await page.Locator("[data-auth='machine:clientSecret']").FillAsync(EchoApi.ClientSecret);
        await page.Locator("[data-oauth-go=machine]").ClickAsync();
        await ExpectToken(page, "machine");

        Assert.Equal("/oauth/token client_credentials scope=things:read", await SendAndReadIssuedGrant(page));
        Assert.Empty(_api.Refusals);
    }

    [Fact]
    public async Task Client_credentials_can_travel_in_the_request_body()
    {
        await using var tab = await OpenOperation("listthings", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='machine:clientId']").FillAsync(EchoApi.ClientId);
        await page.Locator("[data-auth='machine:clientSecret']").FillAsync(EchoApi.ClientSecret);
        await page.Locator("[data-oauth-client-auth=machine]").SelectOptionAsync("body");
        await page.Locator("[data-oauth-scope='machine:things:write']").CheckAsync();
        await page.Locator("[data-oauth-go=machine]").ClickAsync();
        await ExpectToken(page, "machine");

        Assert.Equal("/oauth/token client_credentials scope=things:read things:write", await SendAndReadIssuedGrant(page));
    }

    [Fact]
    public async Task A_wrong_client_secret_shows_the_token_endpoint_error_and_sends_no_token()
    {
        await using var tab = await OpenOperation("listthings", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='machine:clientId']").FillAsync(EchoApi.ClientId);
        await page.Locator("[data-auth='machine:clientSecret']").FillAsync("wrong");
        await page.Locator("[data-oauth-go=machine]").ClickAsync();
        await Expect(page.Locator("[data-oauth-status=machine]")).ToContainTextAsync("400");
        Assert.Empty(_api.IssuedTokens);
    }

    [Fact]
    public async Task Authorization_code_with_pkce_signs_in_through_the_redirect_page_and_the_token_works()
    {
        await using var tab = await OpenOperation("getme", _api.Url);
        var page = tab.Page;
        await Expect(page.Locator("[data-oauth-redirect=user]")).ToHaveTextAsync(_site.Url("assets/oauth2-redirect.html"));
        await page.Locator("[data-auth='user:clientId']").FillAsync(EchoApi.ClientId);
        await page.RunAndWaitForPopupAsync(() => page.Locator("[data-oauth-go=user]").ClickAsync());
        await ExpectToken(page, "user");

        Assert.Equal("/oauth/token authorization_code scope=profile:read", await SendAndReadIssuedGrant(page));
        Assert.Empty(_api.Refusals);
        // The tab keeps the token for the API's other pages (sessionStorage); the device only with "Remember".
        Assert.DoesNotContain("tok-", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_state_ends_the_sign_in_with_a_clear_message_and_a_retry()
    {
        await using var tab = await OpenOperation("getme", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='user:clientId']").FillAsync(EchoApi.ClientId);
        // Start a sign-in, then answer it from a page of the site with a state the playground never made.
        await page.EvaluateAsync("window.realOpen = window.open; window.open = () => ({})");
        await page.Locator("[data-oauth-go=user]").ClickAsync();
        await Expect(page.Locator("[data-oauth-status=user]")).ToContainTextAsync("Waiting");
        await page.EvaluateAsync("postMessage({ type: 'docsgen-oauth2', code: 'stolen', state: 'forged' }, location.origin)");

        await Expect(page.Locator("[data-oauth-status=user]")).ToContainTextAsync("state does not match");
        await Expect(page.Locator("[data-oauth-retry=user]")).ToBeVisibleAsync();
        Assert.Empty(_api.Refusals); // the stolen code never reached the token endpoint

        // Retry starts a new sign-in, which the real redirect page completes.
        await page.EvaluateAsync("window.open = window.realOpen");
        await page.RunAndWaitForPopupAsync(() => page.Locator("[data-oauth-retry=user]").ClickAsync());
        await ExpectToken(page, "user");
    }

    [Fact]
    public async Task Authorization_code_with_pkce_also_signs_in_in_the_same_tab_without_a_popup()
    {
        await using var tab = await OpenOperation("getme", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='user:clientId']").FillAsync(EchoApi.ClientId);
        await page.Locator("[data-oauth-in-tab=user]").CheckAsync();
        var visited = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (visited)
                {
                    visited.Add(frame.Url);
                }
            }
        };
        await page.Locator("[data-oauth-go=user]").ClickAsync();

        // Away to the authorization server, to the redirect page, and back to the operation page. The
        // expectation polls across those navigations (WaitForURL could miss the return, racing it under load).
        await ExpectToken(page, "user");
        Assert.Single(page.Context.Pages);
        string[] route;
        lock (visited)
        {
            route = [.. visited.Select(url => url.Split('?', '#')[0])];
        }

        // The authorization server answers with a redirect, so the tab commits only the redirect page and the return.
        Assert.Equal([_site.Url("assets/oauth2-redirect.html"), _site.Url("v1/api/operations/getme/")], route.Distinct());
        Assert.Equal("/oauth/token authorization_code scope=profile:read", await SendAndReadIssuedGrant(page));
        Assert.Empty(_api.Refusals);
        Assert.Equal("null", await page.EvaluateAsync<string>("String(sessionStorage.getItem('docsgen:oauth:pending'))"));
    }

    [Fact]
    public async Task Implicit_and_password_flows_are_shown_as_not_supported_in_the_browser()
    {
        await using var tab = await OpenOperation("getme", _api.Url);
        var page = tab.Page;
        await Expect(page.Locator("[data-oauth-unsupported='user:implicit']")).ToContainTextAsync("not supported in the browser (deprecated by OAuth 2.1)");
        await Expect(page.Locator("[data-oauth-unsupported='user:password']")).ToContainTextAsync("not supported in the browser (deprecated by OAuth 2.1)");
        await Expect(page.Locator("[data-oauth-flow=user] option")).ToHaveTextAsync(["Authorization code with PKCE"]);
    }

    [Fact]
    public async Task An_expiring_token_is_renewed_with_the_refresh_token_before_sending()
    {
        _api.AccessTokenSeconds = 1;
        await using var tab = await OpenOperation("getme", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='user:clientId']").FillAsync(EchoApi.ClientId);
        await page.RunAndWaitForPopupAsync(() => page.Locator("[data-oauth-go=user]").ClickAsync());
        await ExpectToken(page, "user");

        Assert.Equal("/oauth/token refresh_token scope=profile:read", await SendAndReadIssuedGrant(page));
        Assert.Empty(_api.Refusals);
    }

    [Fact]
    public async Task The_custom_server_url_field_shows_only_when_custom_url_is_chosen()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_site.Url("v1/api/operations/listitems/"));
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-pg=custom-url]")).ToBeHiddenAsync();
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
        await Expect(page.Locator("[data-pg=custom-url]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Long_scope_names_wrap_beside_their_checkboxes_without_overlapping()
    {
        await using var tab = await OpenOperation("listthings", _api.Url);
        var page = tab.Page;
        await page.SetViewportSizeAsync(360, 800);
        var scope = page.Locator("[data-oauth-scope='machine:things:write']");
        await scope.EvaluateAsync("(box, name) => { const label = box.closest('.pg-field').querySelector('label'); label.textContent = name; }", "things:write:" + new string('x', 120));
        var box = (await scope.BoundingBoxAsync())!;
        var label = (await page.Locator(".pg-scopes .pg-field", new() { Has = scope }).Locator("label").BoundingBoxAsync())!;
        Assert.True(label.X >= box.X + box.Width || label.Y >= box.Y + box.Height, $"the scope name ({label.X},{label.Y} {label.Width}x{label.Height}) overlaps its checkbox ({box.X},{box.Y} {box.Width}x{box.Height})");
        Assert.True(label.X + label.Width <= 360, "the scope name runs past the viewport");
    }

    [Fact]
    public async Task OpenID_Connect_reads_the_discovery_document_and_uses_its_endpoints()
    {
        await using var tab = await OpenOperation("getprofile", _api.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='oidc:clientId']").FillAsync(EchoApi.ClientId);
        await page.RunAndWaitForPopupAsync(() => page.Locator("[data-oauth-go=oidc]").ClickAsync());
        await ExpectToken(page, "oidc");

        Assert.Equal("/oidc/token authorization_code scope=profile openid", await SendAndReadIssuedGrant(page));
    }

    [Fact]
    public async Task Credentials_typed_for_server_B_are_never_sent_to_server_A()
    {
        await using var apiB = await EchoApi.StartAsync();
        await using var tab = await OpenOperation("listitems", apiB.Url);
        var page = tab.Page;
        await page.Locator("[data-auth='key:value']").FillAsync("key-for-B");

        await page.Locator("[data-pg=custom-url]").FillAsync(_api.Url);
        await Expect(page.Locator("[data-auth='key:value']")).ToHaveValueAsync("");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        var toA = Assert.Single(_api.Received);
        Assert.False(toA.Headers.ContainsKey("x-api-key"), "server A received the key typed for server B");

        await page.Locator("[data-pg=custom-url]").FillAsync(apiB.Url);
        await Expect(page.Locator("[data-auth='key:value']")).ToHaveValueAsync("key-for-B");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        Assert.Equal("key-for-B", Assert.Single(apiB.Received).Headers["x-api-key"]);
        Assert.DoesNotContain("key-for-B", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_only_a_reader_picks_a_server_types_a_key_and_sends_with_ctrl_enter()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(_site.Url("v1/api/operations/listitems/"));
        await page.OpenPlaygroundAsync();
        await page.Locator("[data-pg=server]").FocusAsync();
        for (var i = 0; i < 6 && await page.Locator("[data-pg=server] option:checked").TextContentAsync() != "Custom URL"; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("custom-url", await page.EvaluateAsync<string>("document.activeElement.getAttribute('data-pg')"));
        await page.Keyboard.TypeAsync(_api.Url);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("key:value", await page.EvaluateAsync<string>("document.activeElement.getAttribute('data-auth')"));
        await page.Keyboard.TypeAsync("typed-key");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("200");
        Assert.Equal("typed-key", Assert.Single(_api.Received).Headers["x-api-key"]);
    }

    [Theory]
    [InlineData("listthings")]
    [InlineData("getprofile")]
    public async Task The_oauth_panels_have_no_serious_or_critical_accessibility_violations(string operationId)
    {
        await using var tab = await OpenOperation(operationId, _api.Url);
        var page = tab.Page;
        await Expect(page.Locator("[data-oauth-go]")).ToBeVisibleAsync();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Search.SearchSite.AxePath() });
        var serious = await page.EvaluateAsync<string[]>(
            "async () => (await axe.run('#try-it')).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))");
        Assert.True(serious.Length == 0, string.Join('\n', serious));
    }
}
