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

    [Fact]
    public async Task An_idle_page_loads_search_and_its_manifest_before_any_key_but_no_shard()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/errors/");
        var page = tab.Page;

        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('{Manifest}'))");

        Assert.True(await page.EvaluateAsync<bool>("() => !!(window.DocsGen && window.DocsGen.search)"), "search.js did not run");
        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
        Assert.Empty(await Loaded(page, "/docs/search/v3/t/"));
        Assert.Empty(await Loaded(page, "/docs/search/v3/d/"));
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

        Assert.Equal(["/docs/search/v3/t/r.json"], await Loaded(page, "/docs/search/v3/t/"));
        Assert.Single(await Loaded(page, Manifest));
    }

    /// <summary>Paths of the resources the page has loaded so far whose path starts with (or is) <paramref name="prefix"/>.</summary>
    private static async Task<string[]> Loaded(IPage page, string prefix) =>
        await page.EvaluateAsync<string[]>(
            "prefix => performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.startsWith(prefix))", prefix);
}
