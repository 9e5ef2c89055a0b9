using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// `docsgen serve` watches the site: a saved file rebuilds it and open pages reload by themselves.
/// Each test edits its own copy of the fixture, served by its own dev server.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadSpecs(ChromiumFixture chromium)
{
    private const string WebhooksPage = "versions/v2/guides/webhooks.md";

    /// <summary>File watcher, debounce, rebuild and reload on a busy machine; normally well under a second.</summary>
    private static readonly LocatorAssertionsToContainTextOptions ReloadWait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Saving_a_page_reloads_the_open_page_with_the_new_text()
    {
        await using var site = await ServedSite.StartAsync(FixtureSite.Name);
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await OpenAndListenAsync(page, site.Url("/v2/guides/webhooks/"));

        var text = await site.ReadAsync(WebhooksPage);
        await site.WriteAsync(WebhooksPage, text.Replace("sends an event", "sends a signed event", StringComparison.Ordinal));

        await Expect(page.Locator("main")).ToContainTextAsync("The 2.0 API sends a signed event", ReloadWait);
    }

    [Fact]
    public async Task A_build_error_shows_an_overlay_on_the_page_until_it_is_fixed()
    {
        await using var site = await ServedSite.StartAsync(FixtureSite.Name);
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await OpenAndListenAsync(page, site.Url("/v2/guides/webhooks/"));
        var good = await site.ReadAsync(WebhooksPage);

        await site.WriteAsync(WebhooksPage, good + "\nSee the [retry guide](retries.md).\n");

        var overlay = page.Locator("[data-build-errors]");
        await Expect(overlay).ToContainTextAsync("Build failed: 1 error", new() { Timeout = 30_000 });
        await Expect(overlay).ToContainTextAsync("retries.md");
        await WaitForLiveReloadAsync(page);

        await site.WriteAsync(WebhooksPage, good);

        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(page.Locator("main")).ToContainTextAsync("The 2.0 API sends an event");
    }

    /// <summary>
    /// Opens a page and waits until its live-reload stream is open: the server subscribes a page
    /// before it answers the stream, so after this no rebuild can be missed.
    /// </summary>
    private static async Task OpenAndListenAsync(IPage page, string url)
    {
        await page.AddInitScriptAsync(LiveReloadProbe);
        await page.GotoAsync(url);
        await WaitForLiveReloadAsync(page);
    }

    private static Task WaitForLiveReloadAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.__liveReloadOpen === true", null, new() { Timeout = 30_000 });

    /// <summary>Notes when the page's EventSource opens; it changes nothing about what the page does.</summary>
    private const string LiveReloadProbe = """
        (() => {
          const Native = window.EventSource;
          window.EventSource = function (url, options) {
            const source = new Native(url, options);
            source.addEventListener("open", () => { window.__liveReloadOpen = true; });
            return source;
          };
          window.EventSource.prototype = Native.prototype;
        })();
        """;
}
