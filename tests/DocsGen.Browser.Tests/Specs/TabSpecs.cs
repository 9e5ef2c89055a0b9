using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

[Collection(BrowserCollection.Name)]
public sealed class TabSpecs(ChromiumFixture chromium, FixtureSite site)
{
    [Fact]
    public async Task Clicking_a_tab_shows_its_panel_and_hides_the_others()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/getting-started/install/"));
        var tabs = page.Locator(".tabs").First;
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Python" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByText("dotnet add package")).ToBeHiddenAsync();

        await tabs.GetByRole(AriaRole.Tab, new() { Name = "C#" }).ClickAsync();

        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "C#" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByText("dotnet add package")).ToBeVisibleAsync();
        await Expect(tabs.GetByText("pip install")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Chosen_tab_is_remembered_on_the_next_page()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/getting-started/install/"));

        await page.Locator(".tabs").First.GetByRole(AriaRole.Tab, new() { Name = "C#" }).ClickAsync();
        await page.Locator("a[rel='next']").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url("/v2/getting-started/configure/"));
        var tabs = page.Locator(".tabs").First;
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "C#" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByText("new FixtureClient")).ToBeVisibleAsync();
        await Expect(tabs.GetByText("fixture_client.Client")).ToBeHiddenAsync();
        Assert.Equal("csharp", await page.EvaluateAsync<string>("() => localStorage.getItem('docsgen.tab.lang')"));
    }
}
