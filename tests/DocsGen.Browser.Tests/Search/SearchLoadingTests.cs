using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Search;

/// <summary>
/// When search's files load: search.js and the version's manifest before the first key (when the reader shows intent,
/// or when the page is idle), a term shard only when a key needs it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchLoadingTests(ChromiumFixture chromium, SearchSite site) : IClassFixture<SearchSite>
{
    private const string Manifest = "/docs/search/v3/manifest.json";

    private const string Lines = "/docs/search/v3/l.json";

    [Fact]
    public async Task An_idle_page_loads_search_and_its_manifest_before_any_key_but_no_shard()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/errors/");
        var page = tab.Page;

        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('{Manifest}'))");
        // The manifest is requested beside search.js, not by it: it may be in before search.js has run.
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search)");

        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
        Assert.Empty(await Loaded(page, "/docs/search/v3/t/"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));
        // The result-line table is for a reader about to search: idle pages do not download it.
        Assert.Empty(await Loaded(page, Lines));
    }

    [Fact]
    public async Task Intent_loads_the_result_lines_and_a_key_shows_its_results_before_their_document_shards()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        // Document shards are held back until released: what shows before is painted from the result-line table.
        var release = new TaskCompletionSource();
        await page.Context.RouteAsync("**/docs/search/v3/d/**", async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });

        await page.Locator("[data-search-open]").HoverAsync();
        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('{Lines}'))");
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").FillAsync("rotating");
        var first = page.Locator("#search-results [role=option]").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });

        Assert.Equal("Rotating keys", await first.Locator(".search-result-title").TextContentAsync());
        Assert.Equal("Authentication", await first.Locator(".search-result-parent").TextContentAsync());
        Assert.Null(await first.GetAttributeAsync("href"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));

        // Enter before the link is known is remembered, and followed when the shard arrives.
        var navigated = page.WaitForURLAsync("**/guides/authentication/#rotating-keys", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(200);
        Assert.EndsWith("/docs/v3/", page.Url);
        release.SetResult();
        await navigated;
    }

    [Fact]
    public async Task A_result_line_table_that_arrives_after_the_term_shard_still_paints_before_the_document_shards()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        // The table is held back until the key's term shard has been served, and the document shards until the end:
        // the results can only show if the key waits for whichever comes first, not for the document shards.
        var termServed = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await page.Context.RouteAsync("**/docs/search/v3/t/**", async route =>
        {
            await route.FallbackAsync();
            termServed.TrySetResult();
        });
        await page.Context.RouteAsync($"**{Lines}", async route =>
        {
            await termServed.Task;
            await Task.Delay(300);
            await route.FallbackAsync();
        });
        await page.Context.RouteAsync("**/docs/search/v3/d/**", async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });

        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").FillAsync("rotating");
        var first = page.Locator("#search-results [role=option]").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });

        Assert.Equal("Rotating keys", await first.Locator(".search-result-title").TextContentAsync());
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));
        release.SetResult();
        await page.Locator("#search-results [role=option][href]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
    }

    [Fact]
    public async Task With_Save_Data_search_loads_when_the_pointer_reaches_the_search_button()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        // The reader's browser asks to save data: no prefetch while idle, only on intent.
        await page.Context.AddInitScriptAsync("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })");
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForTimeoutAsync(500);
        Assert.Empty(await Loaded(page, Manifest));

        await page.Locator("[data-search-open]").HoverAsync();

        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('{Manifest}'))");
        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
    }

    [Fact]
    public async Task The_first_key_after_opening_loads_only_the_shards_of_its_letter_and_its_results()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('{Manifest}'))");

        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").PressSequentiallyAsync("r");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();

        Assert.Equal(["/docs/search/v3/t/r.json"], await LoadedBeforeFirstResults(page, "/docs/search/v3/t/"));
        Assert.Single(await Loaded(page, Manifest));
    }

    [Fact]
    public async Task Opening_warms_search_up_without_showing_anything_or_loading_a_shard_and_the_first_key_still_finds_its_results()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search)");

        await page.Keyboard.PressAsync("/");
        // The warm-up starts 150 ms after opening, in a few tasks one after the other: this chain of tasks, each queued behind
        // one of its own, ends after it is done.
        await page.EvaluateAsync("() => new Promise(done => setTimeout(() => { let n = 0; (function next() { if (n++ < 8) setTimeout(next, 0); else setTimeout(done, 50); })(); }, 200))");

        // Its made-up index never reaches the dialog, and it asks the site for no term or document shard.
        Assert.Equal(0, await page.Locator("#search-results > *").CountAsync());
        Assert.Equal("", (await page.Locator("[data-search-status]").TextContentAsync())?.Trim());
        Assert.NotEqual("true", await page.Locator("#search-input").GetAttributeAsync("aria-expanded"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/t/"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => performance.getEntriesByName('docsgen:search-results').map(m => m.detail)"));

        await page.Locator("#search-input").PressSequentiallyAsync("rotating");
        var first = page.Locator("#search-results [role=option]").First;
        await page.Locator("[data-search-status]").Filter(new LocatorFilterOptions { HasText = "result" }).WaitForAsync();
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('docsgen:search-results').some(m => m.detail === 'rotating')");
        Assert.Equal("Rotating keys", await first.Locator(".search-result-title").TextContentAsync());
        // The first shard asked for is the typed letter's (the others follow the first results).
        Assert.Equal("/docs/search/v3/t/r.json", (await Loaded(page, "/docs/search/v3/t/"))[0]);
    }

    [Fact]
    public async Task After_the_first_results_the_other_term_shards_follow_so_a_later_word_needs_no_download()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").PressSequentiallyAsync("r");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();

        // The fixture's shards are far below the prefetch budget: every one of them comes.
        var keys = await page.EvaluateAsync<string[]>($"() => fetch('{Manifest}').then(r => r.json()).then(m => m.t)");
        Assert.True(keys.Length > 5, $"{keys.Length} term shards in the fixture");
        await page.WaitForFunctionAsync(
            "n => performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname.startsWith('/docs/search/v3/t/')).length >= n", keys.Length);

        await page.Locator("#search-input").FillAsync("refunds payment");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('docsgen:search-results').pop()?.detail === 'refunds payment'");
        var loaded = await Loaded(page, "/docs/search/v3/t/");
        Assert.Equal(keys.Select(k => $"/docs/search/v3/t/{k}.json").Order(StringComparer.Ordinal), loaded.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A fresh page where the reader opens search before any prefetch has brought search.js, and types at once. search.js
    /// is held back by the server until the manifest, the result-line table and the typed letter's term shard have all been
    /// asked for: they must not wait for it (they used to load after it, then the shard after the manifest: three round
    /// trips in a row). search.js then takes over those requests rather than asking again, and the results show.
    /// </summary>
    [Theory]
    [InlineData("slash")]
    [InlineData("click")]
    [InlineData("tab")]
    public async Task Opened_before_search_js_is_in_the_first_key_needs_no_request_after_it(string opening)
    {
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        string[] expected = [Manifest, Lines, "/docs/search/v3/t/r.json"];
        var indexRequested = new TaskCompletionSource();
        var askedWhileHeld = new TaskCompletionSource<bool>();
        string[] heldRequests = [];
        // The page loads with search.js held back, and "/" (or the click, the focus) follows the load at once.
        await using var tab = await site.OpenAsync(chromium, "v3/", beforeLoad: async page =>
        {
            page.Request += (_, request) =>
            {
                requested.Enqueue(new Uri(request.Url).AbsolutePath);
                if (expected.All(requested.Contains))
                {
                    indexRequested.TrySetResult();
                }
            };
            await page.Context.RouteAsync("**/assets/search.js", async route =>
            {
                // Held until the index files are asked for, or for 5 s, after which the test fails below.
                var asked = await Task.WhenAny(indexRequested.Task, Task.Delay(5000)) == indexRequested.Task;
                heldRequests = [.. requested];
                askedWhileHeld.TrySetResult(asked);
                await route.FallbackAsync();
            });
        });
        var page = tab.Page;

        switch (opening)
        {
            case "slash":
                await page.Keyboard.PressAsync("/");
                break;
            case "click":
                await page.Locator("[data-search-open]").ClickAsync();
                break;
            default:
                // Tab reaching the button (focus), then Enter on it.
                await page.Locator("[data-search-open]").FocusAsync();
                await page.Keyboard.PressAsync("Enter");
                break;
        }

        await page.Keyboard.TypeAsync("r");
        var first = page.Locator("#search-results [role=option]").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

        Assert.True(await askedWhileHeld.Task, $"while search.js was held back for 5 s, the page asked only for: {string.Join(", ", heldRequests)}");
        Assert.False(string.IsNullOrEmpty(await first.Locator(".search-result-title").TextContentAsync()));
        // Each asked for once: search.js took the requests over.
        foreach (var path in expected)
        {
            Assert.Equal(1, requested.Count(p => p == path));
        }
    }

    /// <summary>Paths of the resources with that prefix the page asked for before search.js first showed results.</summary>
    private static async Task<string[]> LoadedBeforeFirstResults(IPage page, string prefix) =>
        await page.EvaluateAsync<string[]>(
            """
            prefix => {
              const shown = performance.getEntriesByName('docsgen:search-results')[0].startTime;
              return performance.getEntriesByType('resource').filter(e => e.startTime < shown).map(e => new URL(e.name).pathname).filter(p => p.startsWith(prefix));
            }
            """, prefix);

    /// <summary>Paths of the resources the page has loaded so far whose path starts with (or is) <paramref name="prefix"/>.</summary>
    private static async Task<string[]> Loaded(IPage page, string prefix) =>
        await page.EvaluateAsync<string[]>(
            "prefix => performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.startsWith(prefix))", prefix);
}
