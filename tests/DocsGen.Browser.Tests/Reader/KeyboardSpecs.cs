using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// Keyboard only, on the bundled site: Tab and the keys each widget documents, never the mouse. Sidebar links,
/// tabs, search, schema expansion and the playground.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardSpecs(ChromiumFixture chromium, BundledSite site) : IClassFixture<BundledSite>
{
    [Fact]
    public async Task Tab_reaches_a_sidebar_link_and_Enter_follows_it()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/");
        var page = tab.Page;

        await TabUntil(page, "#sidebar a.nav-link[href$='/v2/guides/']");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(BundledSite.Url("v2/guides/"));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/guides/");
        var page = tab.Page;

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#content")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Arrow_keys_move_between_tabs_and_show_the_chosen_panel()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/guides/markdown-feature-tour/");
        var page = tab.Page;

        var first = await TabUntil(page, ".tabs.tabs-ready [role=tab][aria-selected=true]");
        var tabs = page.Locator(".tabs.tabs-ready").First.Locator("[role=tab]");
        await page.Keyboard.PressAsync("ArrowRight");

        var second = tabs.Nth(1);
        await Expect(second).ToBeFocusedAsync();
        await Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        var panel = await second.GetAttributeAsync("aria-controls");
        await Expect(page.Locator("#" + panel)).ToBeVisibleAsync();
        Assert.NotEqual(first, await second.TextContentAsync());
    }

    [Fact]
    public async Task Slash_opens_search_and_the_arrow_and_Enter_keys_open_a_result()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/");
        var page = tab.Page;

        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("refund");
        // The results of the whole word, not of the letters typed before search.js arrived.
        await Expect(page.Locator("#search-results [role=option]").First).ToContainTextAsync("efund");
        await page.Keyboard.PressAsync("ArrowDown");
        var selected = page.Locator("#search-results [role=option][aria-selected=true]");
        await Expect(selected).ToHaveCountAsync(1);
        // A result painted from the result-line table gets its link when its document shard is in.
        await Expect(selected).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("."));
        var href = await selected.GetAttributeAsync("href");
        // Commit, not load: an operation page's load waits on the playground's requests to servers this sandbox cannot reach.
        var navigated = page.WaitForURLAsync(url => url != BundledSite.Url("v2/"), new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("main")).ToContainTextAsync("efund");
    }

    [Fact]
    public async Task Enter_and_Space_open_a_schema_row_in_place()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/api/schemas/payment/");
        var page = tab.Page;

        await TabUntil(page, "#schema .schema-tree details:not([open]) > summary");
        var details = page.Locator(":focus").Locator("xpath=..");
        await page.Keyboard.PressAsync("Enter");
        await Expect(details).ToHaveAttributeAsync("open", "");
        await Expect(details.Locator(":scope > ul li").First).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Space");
        await Expect(details).Not.ToHaveAttributeAsync("open", "");
    }

    [Fact]
    public async Task The_playground_is_reached_from_the_keyboard_and_Ctrl_Enter_sends_the_request()
    {
        await using var tab = await site.OpenAsync(chromium, "v2/api/operations/listpayments/");
        var page = tab.Page;
        // Whichever server the playground starts on answers here (no request leaves the machine).
        await page.RouteAsync(url => !url.StartsWith(BundledSite.Origin, StringComparison.Ordinal) || url.Contains("/__mock/", StringComparison.Ordinal),
            route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = "{\"data\":[]}", Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" } }));

        // The panel is open with the page (no "Open the playground" step): Tab reaches its server choice.
        await TabUntil(page, "#playground-root select");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#playground-root [data-pg=status]")).ToHaveTextAsync("200");
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; returns its text.</summary>
    private static async Task<string> TabUntil(IPage page, string selector, int most = 120)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return await page.EvaluateAsync<string>("document.activeElement.textContent");
            }
        }

        var at = await page.EvaluateAsync<string>("document.activeElement && document.activeElement.outerHTML.slice(0, 200)");
        throw new Xunit.Sdk.XunitException($"{most} Tab presses never reached {selector}; focus is on {at}");
    }
}
