using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// Where the playground keeps what the reader types: one credential store per API for the tab
/// (Fixtures/TwoApiSite: two APIs of one version on the same server, the same key header).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundCredentialSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string KeyField = "[data-auth='ApiKey:value']";
    private ServedSite _site = null!;

    public async Task InitializeAsync() => _site = await ServedSite.StartAsync("TwoApiSite");

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static async Task Open(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.OpenPlaygroundAsync();
    }

    [Fact]
    public async Task A_key_carries_over_to_every_page_of_its_api_and_never_fills_another_api_of_the_version()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await Open(page, _site.Url("v1/orders/operations/listorders/"));
        await page.Locator(KeyField).FillAsync("key-for-orders");

        await Open(page, _site.Url("v1/orders/operations/getorders/"));
        await Expect(page.Locator(KeyField)).ToHaveValueAsync("key-for-orders");

        // Same version, same server, same header name: still another API, so an empty field.
        await Open(page, _site.Url("v1/billing/operations/getbilling/"));
        await Expect(page.Locator(KeyField)).ToHaveValueAsync("");
        await page.Locator(KeyField).FillAsync("key-for-billing");

        await Open(page, _site.Url("v1/orders/operations/listorders/"));
        await Expect(page.Locator(KeyField)).ToHaveValueAsync("key-for-orders");
        await Open(page, _site.Url("v1/billing/operations/listbilling/"));
        await Expect(page.Locator(KeyField)).ToHaveValueAsync("key-for-billing");

        // What the tab stores: one entry per API, each holding only its own key.
        var orders = await page.EvaluateAsync<string>("() => Object.keys(sessionStorage).filter(k => k.endsWith('api:orders')).map(k => sessionStorage.getItem(k)).join()");
        var billing = await page.EvaluateAsync<string>("() => Object.keys(sessionStorage).filter(k => k.endsWith('api:billing')).map(k => sessionStorage.getItem(k)).join()");
        Assert.Contains("key-for-orders", orders, StringComparison.Ordinal);
        Assert.DoesNotContain("key-for-billing", orders, StringComparison.Ordinal);
        Assert.Contains("key-for-billing", billing, StringComparison.Ordinal);
        Assert.DoesNotContain("key-for-orders", billing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_of_each_api_carries_its_own_key()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await Open(page, _site.Url("v1/orders/operations/getorders/"));
        await page.Locator(KeyField).FillAsync("key-for-orders");
        await Open(page, _site.Url("v1/billing/operations/getbilling/"));
        await page.Locator(KeyField).FillAsync("key-for-billing");

        var billing = await page.EvaluateAsync<string>("() => JSON.stringify(window.DocsGen.playground.request().headers)");
        Assert.Contains("\"X-Api-Key\":\"key-for-billing\"", billing, StringComparison.Ordinal);

        await Open(page, _site.Url("v1/orders/operations/listorders/"));
        var orders = await page.EvaluateAsync<string>("() => JSON.stringify(window.DocsGen.playground.request().headers)");
        Assert.Contains("\"X-Api-Key\":\"key-for-orders\"", orders, StringComparison.Ordinal);
    }
}
