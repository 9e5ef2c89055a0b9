using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

[Collection(BrowserCollection.Name)]
public sealed class NavigationSpecs(ChromiumFixture chromium, FixtureSite site)
{
    [Fact]
    public async Task Site_root_opens_the_start_page_of_the_current_version()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;

        await page.GotoAsync(site.Url("/"));

        await Expect(page).ToHaveURLAsync(site.Url("/v2/"));
        await Expect(page).ToHaveTitleAsync("Fixture Docs 2.0 · Fixture Docs");
        await Expect(page.Locator("main")).ToContainTextAsync("Welcome to the 2.0 documentation");
        await Expect(page.Locator(".version-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Sidebar_leads_from_the_start_page_to_a_guide()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var sidebar = page.Locator("nav#sidebar");
        await page.GotoAsync(site.Url("/v2/"));

        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Guides", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/webhooks/"));

        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Stream events" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/streaming/"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Stream events");
        await Expect(sidebar.Locator("[aria-current='page']")).ToHaveTextAsync("Stream events");
    }

    [Fact]
    public async Task Next_and_previous_links_follow_the_sidebar_order()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/getting-started/install/"));

        await page.Locator("a[rel='next']").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/getting-started/configure/"));

        await page.Locator("a[rel='next']").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/webhooks/"));
        await Expect(page.Locator("a[rel='prev']")).ToContainTextAsync("Configure the client");

        await page.Locator("a[rel='prev']").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/getting-started/configure/"));
    }
}
