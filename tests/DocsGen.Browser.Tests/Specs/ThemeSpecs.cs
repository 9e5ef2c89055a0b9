using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// The dark palette: the system preference is in docsgen.css; a dark choice made with the toggle
/// loads theme-dark.css (on the click, or from the head script once stored), never at first view otherwise.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeSpecs(ChromiumFixture chromium, FixtureSite site)
{
    private const string DarkBackground = "rgb(15, 18, 23)";
    private const string LightBackground = "rgb(255, 255, 255)";

    [Fact]
    public async Task A_light_system_shows_the_light_palette_without_loading_the_dark_one()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

        await page.GotoAsync(site.Url("/v2/"));

        Assert.Equal(LightBackground, await BodyBackground(page));
        await Expect(page.Locator("link[href$='theme-dark.css']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_dark_system_shows_the_dark_palette_from_docsgen_css_alone()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await page.GotoAsync(site.Url("/v2/"));

        Assert.Equal(DarkBackground, await BodyBackground(page));
        await Expect(page.Locator("link[href$='theme-dark.css']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_toggle_switches_a_light_system_to_dark_and_the_choice_survives_a_reload()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync(site.Url("/v2/"));

        await page.Locator("[data-theme-toggle]").First.ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(DarkBackground, await BodyBackground(page));

        await page.ReloadAsync();

        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(DarkBackground, await BodyBackground(page));
        await Expect(page.Locator("head link[data-theme-dark]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_toggle_switches_a_dark_system_to_light()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(site.Url("/v2/"));

        await page.Locator("[data-theme-toggle]").First.ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        Assert.Equal(LightBackground, await BodyBackground(page));
    }

    private static Task<string> BodyBackground(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
