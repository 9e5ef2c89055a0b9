using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>Every page must read and navigate with scripts off; docsgen.js only enhances.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptSpecs(ChromiumFixture chromium, FixtureSite site)
{
    [Fact]
    public async Task Pages_show_all_content_without_JavaScript()
    {
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);
        var page = tab.Page;

        await page.GotoAsync(site.Url("/v2/getting-started/install/"));

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Install the client");
        await Expect(page.GetByText("pip install fixture-client")).ToBeVisibleAsync();
        await Expect(page.GetByText("dotnet add package Fixture.Client")).ToBeVisibleAsync();
        await Expect(page.Locator(".admonition-note")).ToContainTextAsync("You need an API key");
        await Expect(page.Locator("pre.code code.language-python")).ToContainTextAsync("import fixture_client");
    }

    [Fact]
    public async Task Sidebar_prev_next_and_version_switcher_work_without_JavaScript()
    {
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);
        var page = tab.Page;
        await page.GotoAsync(site.Url("/"));
        await Expect(page).ToHaveURLAsync(site.Url("/v2/"));

        await page.Locator("nav#sidebar").GetByRole(AriaRole.Link, new() { Name = "Guides", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/webhooks/"));

        await page.Locator("a[rel='next']").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/guides/streaming/"));

        await page.Locator(".version-switcher summary").ClickAsync();
        await page.Locator(".version-switcher").GetByRole(AriaRole.Link, new() { Name = "1.0" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v1/"));
    }
}
