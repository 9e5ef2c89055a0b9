using DocsGen.Browser.Tests.Infrastructure;
namespace DocsGen.Browser.Tests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchDialogTests(ChromiumFixture chromium, SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task Slash_opens_the_dialog_with_the_input_focused()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/errors/");
        var page = tab.Page;
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.Locator("dialog.search-dialog").IsVisibleAsync());
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task A_guide_heading_is_found_and_Enter_opens_its_page_at_the_heading()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/errors/");
        var page = tab.Page;
        await SearchAsync(page, "rotating");
        Assert.Equal("Rotating keys", await FirstTitle(page));
        await PressEnterAndWaitForAsync(page, "**/guides/authentication/#rotating-keys");
        Assert.Equal(SearchSite.Origin + "/docs/v3/guides/authentication/#rotating-keys", page.Url);
    }

    [Fact]
    public async Task An_operation_is_found_by_a_fragment_of_its_path_and_shows_its_method()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "payments/{paymentId}/ref");
        Assert.Equal("List refunds", await FirstTitle(page));
        Assert.Equal("GET", await page.Locator("#search-results [role=option]").First.Locator(".method").TextContentAsync());
        await PressEnterAndWaitForAsync(page, "**/api/operations/listrefunds/");
    }

    [Fact]
    public async Task An_operation_is_found_by_its_operation_id_with_one_typo()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/errors/");
        var page = tab.Page;
        await SearchAsync(page, "createPaymnet");
        Assert.Equal("Create a payment", await FirstTitle(page));
    }

    [Fact]
    public async Task A_schema_is_found_by_a_property_name()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "statement_descriptor");
        var schemas = await page.Locator("#search-results .search-kind-schema .search-result-title").AllTextContentsAsync();
        Assert.Equal(["Payment"], schemas);
    }

    [Fact]
    public async Task A_word_of_five_or_more_letters_is_found_with_one_typo()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "rotatign");
        Assert.Equal("Rotating keys", await FirstTitle(page));
    }

    [Fact]
    public async Task Ctrl_K_opens_search_and_a_prefix_finds_whole_words()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.Keyboard.PressAsync("Control+k");
        await page.Locator("#search-input").FillAsync("authenti");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        Assert.Equal("Authentication", await FirstTitle(page));
    }

    [Fact]
    public async Task Title_matches_rank_before_heading_and_text_matches()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "keys");
        var titles = (await page.Locator("#search-results .search-result-title").AllTextContentsAsync()).ToList();
        Assert.Equal("API keys", titles[0]);
        Assert.Contains("Rotating keys", titles);
        Assert.True(titles.IndexOf("API keys") < titles.IndexOf("Authentication"), string.Join(" | ", titles));
    }

    [Fact]
    public async Task Matches_are_highlighted_with_mark_elements()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "retry");
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("retry", m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_status_announces_the_result_count_and_the_version_searched()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await SearchAsync(page, "refunds");
        var status = page.Locator("dialog.search-dialog [role=status]");
        var count = await page.Locator("#search-results [role=option]").CountAsync();
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{count} results? in 3\\.0$"));
    }

    [Fact]
    public async Task A_title_of_exactly_the_words_typed_ranks_first()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        // The operation "Create a payment" has the word in its title and names too; the schema is called just that.
        await SearchAsync(page, "payment");
        Assert.Equal("Payment", await FirstTitle(page));
        Assert.Contains("Create a payment", await page.Locator("#search-results .search-result-title").AllTextContentsAsync());
    }

    [Fact]
    public async Task Search_stays_within_the_version_of_the_page()
    {
        await using var v2Tab = await site.OpenAsync(chromium, "v2/");
        var v2 = v2Tab.Page;
        await SearchAsync(v2, "legacy");
        Assert.Equal("Legacy webhooks", await FirstTitle(v2));

        await using var v3Tab = await site.OpenAsync(chromium, "v3/");
        var v3 = v3Tab.Page;
        await v3.Keyboard.PressAsync("/");
        await v3.Locator("#search-input").FillAsync("legacy");
        await Assertions.Expect(v3.Locator("[data-search-status]")).ToContainTextAsync("No results");

        await using var v1Tab = await site.OpenAsync(chromium, "v1/");
        var v1 = v1Tab.Page;
        await SearchAsync(v1, "authentication");
        // Results painted from the result-line table get their links when their document shards are in.
        await Assertions.Expect(v1.Locator("#search-results [role=option]:not([href])")).ToHaveCountAsync(0);
        var urls = await v1.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.All(urls, u => Assert.StartsWith("/docs/v1/", u));
    }

    [Fact]
    public async Task Arrow_keys_move_the_selection_and_Escape_closes_and_returns_focus_to_the_button()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.Locator("[data-search-open]").ClickAsync();
        await page.Locator("#search-input").FillAsync("keys");
        await page.Locator("#search-results [role=option]").Nth(1).WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var input = page.Locator("#search-input");
        Assert.Equal("search-option-1", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.Locator("#search-option-1").GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-option-0", await input.GetAttributeAsync("aria-activedescendant"));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.hasAttribute('data-search-open')"));
    }

    [Fact]
    public async Task Keys_typed_while_the_first_search_loads_its_index_end_with_the_results_of_the_whole_text()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.Keyboard.PressAsync("/");
        // No pause between keys: the first key's search is still loading the index when the last key goes down.
        await page.Locator("#search-input").PressSequentiallyAsync("rotating k");
        // search.js marks each rendering with the text it shows (what the search-typing bench times).
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('docsgen:search-results').pop()?.detail === 'rotating k'");
        Assert.Equal("Rotating keys", await FirstTitle(page));
        Assert.Equal("rotating k", await page.Locator("#search-input").InputValueAsync());
    }

    [Fact]
    public async Task Without_scripts_the_search_button_is_hidden()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/", javaScript: false);
        var page = tab.Page;
        Assert.False(await page.Locator("[data-search-open]").IsVisibleAsync());
        Assert.False(await page.Locator("dialog.search-dialog").IsVisibleAsync());
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").FillAsync(query);
        await page.Locator("#search-results [role=option]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
    }

    /// <summary>Listens for the navigation before the key goes down, so a fast one cannot slip past.</summary>
    private static async Task PressEnterAndWaitForAsync(IPage page, string url)
    {
        var navigated = page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
    }

    private static Task<string> FirstTitle(IPage page) =>
        page.Locator("#search-results [role=option] .search-result-title").First.TextContentAsync()!;
}
