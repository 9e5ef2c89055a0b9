using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

[Collection(BrowserCollection.Name)]
public sealed class VersionSpecs(ChromiumFixture chromium, FixtureSite site)
{
    [Fact]
    public async Task Version_switcher_keeps_the_reader_on_the_same_page()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/getting-started/configure/"));

        await page.Locator(".version-switcher summary").ClickAsync();
        await page.Locator(".version-switcher").GetByRole(AriaRole.Link, new() { Name = "1.0" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("/v1/getting-started/configure/"));
        await Expect(page.Locator("main")).ToContainTextAsync("Create a client with your API key (1.0)");
        await Expect(page.Locator(".version-switcher summary")).ToContainTextAsync("1.0");
    }

    [Fact]
    public async Task Version_switcher_says_when_a_page_is_missing_and_leads_to_that_versions_start_page()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/guides/streaming/"));

        await page.Locator(".version-switcher summary").ClickAsync();
        var older = page.Locator(".version-switcher").GetByRole(AriaRole.Link, new() { Name = "1.0" });
        await Expect(older).ToContainTextAsync("this page does not exist in 1.0");
        await older.ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("/v1/"));
        await Expect(page.Locator("main")).ToContainTextAsync("Welcome to the 1.0 documentation");
    }

    [Fact]
    public async Task Old_version_shows_a_banner_linking_to_the_same_page_in_the_current_version()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v1/guides/webhooks/"));

        var banner = page.Locator(".version-banner");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("You are reading the docs for 1.0");
        await banner.GetByRole(AriaRole.Link, new() { Name = "2.0" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/webhooks/"));
        await Expect(page.Locator("main")).ToContainTextAsync("The 2.0 API sends an event");
        await Expect(page.Locator(".version-banner")).ToHaveCountAsync(0);
    }
}
