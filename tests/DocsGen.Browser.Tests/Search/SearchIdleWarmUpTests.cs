using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Search;

/// <summary>
/// Once the idle prefetch has brought search.js, a page left idle warms search's code up (search.js, warmWhenIdle): from an
/// idle moment, four steps one task after the other, each a User Timing measure "docsgen:search-warm-up". It downloads
/// nothing, shows nothing, and the reader's first key or pointer press stops it for good; the search the reader then
/// types still finds its results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchIdleWarmUpTests(ChromiumFixture chromium, SearchSite site) : IClassFixture<SearchSite>
{
    private const string WarmUpSteps = "() => performance.getEntriesByName('docsgen:search-warm-up').length";

    /// <summary>
    /// Idle callbacks held until the test runs them (__runIdle: runs those queued so far, answers how many), so that a key
    /// can be pressed between two warm-up steps.
    /// </summary>
    private const string HeldIdleCallbacks = """
        window.__idleQueue = [];
        window.requestIdleCallback = (fn) => window.__idleQueue.push(fn);
        window.__runIdle = () => {
          const queued = window.__idleQueue.splice(0);
          queued.forEach((fn) => fn({ didTimeout: false, timeRemaining: () => 50 }));
          return queued.length;
        };
        """;

    [Fact]
    public async Task An_idle_page_warms_search_up_in_steps_of_its_own_without_downloading_or_showing_anything()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;

        // Four steps: the made-up index, a first key's search, a later key's, the result rows.
        await page.WaitForFunctionAsync($"() => ({WarmUpSteps})() >= 4");

        Assert.Equal(4, await page.EvaluateAsync<int>(WarmUpSteps));
        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#search-results > *").CountAsync());
        Assert.Equal("", (await page.Locator("[data-search-status]").TextContentAsync())?.Trim());
        Assert.Empty(await page.EvaluateAsync<string[]>("() => performance.getEntriesByName('docsgen:search-results').map(m => m.detail)"));
        // What the idle prefetch loads (search.js, the manifest) and nothing more: no shard, no result-line table.
        Assert.Empty(await Loaded(page, "/docs/search/v3/t/"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/l.json"));

        // Warmed, the first key finds what it would have found without.
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").PressSequentiallyAsync("rotating");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('docsgen:search-results').some(m => m.detail === 'rotating')");
        Assert.Equal("Rotating keys", await page.Locator("#search-results [role=option]").First.Locator(".search-result-title").TextContentAsync());
    }

    [Theory]
    [InlineData("key")]
    [InlineData("pointer")]
    public async Task A_key_or_a_pointer_press_before_the_page_is_idle_stops_the_warm_up_for_good(string input)
    {
        await using var tab = await site.OpenAsync(chromium, "v3/", beforeLoad: page => page.AddInitScriptAsync(HeldIdleCallbacks));
        var page = tab.Page;
        await page.WaitForLoadStateAsync(LoadState.Load);

        // The idle prefetch brings search.js, which waits for the page's next idle moment to start warming up.
        Assert.True(await page.EvaluateAsync<int>("() => window.__runIdle()") > 0);
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search) && window.__idleQueue.length > 0");

        if (input == "key")
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        else
        {
            // A press on the page's title: no link, no button.
            await page.Locator("h1").First.ClickAsync(new LocatorClickOptions { Position = new Position { X = 2, Y = 2 } });
        }

        // The idle moment comes after the key: no step runs, and none is asked for later.
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__runIdle()"));
        await page.WaitForTimeoutAsync(200);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__runIdle()"));
        Assert.Equal(0, await page.EvaluateAsync<int>(WarmUpSteps));

        // Search still works, and opening it warms up as on a page that had no idle warm-up (search.js's own timers).
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").PressSequentiallyAsync("rotating");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('docsgen:search-results').some(m => m.detail === 'rotating')");
        Assert.Equal("Rotating keys", await page.Locator("#search-results [role=option]").First.Locator(".search-result-title").TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>(WarmUpSteps));
    }

    [Fact]
    public async Task One_idle_moment_starts_the_warm_up_and_its_steps_follow_without_waiting_for_another()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/", beforeLoad: page => page.AddInitScriptAsync(HeldIdleCallbacks));
        var page = tab.Page;
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => window.__runIdle()");
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search) && window.__idleQueue.length > 0");
        Assert.Equal(0, await page.EvaluateAsync<int>(WarmUpSteps));

        // One idle moment starts it; the other three steps need none.
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__runIdle()"));
        await page.WaitForFunctionAsync($"() => ({WarmUpSteps})() >= 4");

        Assert.Equal(4, await page.EvaluateAsync<int>(WarmUpSteps));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__idleQueue.length"));
    }

    [Fact]
    public async Task With_Save_Data_an_idle_page_does_not_warm_up()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/", beforeLoad: page =>
            page.AddInitScriptAsync("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })"));
        var page = tab.Page;
        await page.WaitForLoadStateAsync(LoadState.Load);

        // search.js loaded anyway (here by the page itself, as intent would): it does not warm up on its own.
        await page.EvaluateAsync("() => new Promise((done, fail) => { const s = document.createElement('script'); s.src = document.querySelector('[data-search-dialog]').getAttribute('data-load-js'); s.onload = done; s.onerror = fail; document.head.appendChild(s); })");
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search)");
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(0, await page.EvaluateAsync<int>(WarmUpSteps));
    }

    private static async Task<string[]> Loaded(IPage page, string prefix) =>
        await page.EvaluateAsync<string[]>(
            "prefix => performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.startsWith(prefix))", prefix);
}
