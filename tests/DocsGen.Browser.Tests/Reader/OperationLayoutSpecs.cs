using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// Operation pages of the bundled site in real Chromium (issue 20): two columns from 1200 px with the right one
/// sticky and following the selected response; one column on a phone; readable without scripts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationLayoutSpecs(ChromiumFixture chromium, BundledSite site) : IClassFixture<BundledSite>
{
    private const string Operation = "v2/api/operations/createpayment/";

    [Fact]
    public async Task On_a_wide_screen_samples_and_example_sit_right_of_the_fields_and_stay_while_the_left_scrolls()
    {
        await using var tab = await site.OpenAsync(chromium, Operation, width: 1280);
        var page = tab.Page;
        await Expect(page.Locator("#response-example")).ToBeVisibleAsync();

        var main = await Box(page, ".op-main");
        var aside = await Box(page, ".op-aside");
        Assert.True(aside.X >= main.X + main.Width, $"aside at x={aside.X}, main ends at {main.X + main.Width}");
        Assert.True(Math.Abs(aside.Y - main.Y) < 40, $"aside top {aside.Y}, main top {main.Y}");

        await page.EvaluateAsync("window.scrollTo(0, 2500)");
        await page.WaitForFunctionAsync("() => window.scrollY >= 2000");
        var scrolled = await Box(page, ".op-aside");
        Assert.True(scrolled.Y is > 0 and < 120, $"the aside scrolled away: top {scrolled.Y}");
        await Expect(page.Locator("#code-samples [role=tab]").First).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_right_column_shows_the_example_of_the_response_the_reader_selects()
    {
        await using var tab = await site.OpenAsync(chromium, Operation, width: 1280);
        var page = tab.Page;
        var status = page.Locator("#response-example > h2 .status");
        await Expect(status).ToHaveTextAsync("201");
        await Expect(page.Locator("#response-example [data-examples]")).Not.ToHaveCountAsync(0);

        var id = await page.Locator("#responses > details.api-response:not([open])").Filter(new() { Has = page.Locator("[data-examples]") }).First.GetAttributeAsync("id");
        var other = page.Locator("#" + id);
        var code = (await other.Locator("summary .status").TextContentAsync())!.Trim();
        await other.Locator("summary").ClickAsync();

        await Expect(status).ToHaveTextAsync(code);
        await Expect(page.Locator("#response-example [data-examples]")).Not.ToHaveCountAsync(0);
        // They are this response's: it has none left in place, and the first response has its own back.
        await Expect(other.Locator("[data-examples]")).ToHaveCountAsync(0);

        await Expect(page.Locator("#responses > details.api-response").First.Locator("[data-examples]")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#responses > details.api-response.is-selected .status").First).ToHaveTextAsync(code);
    }

    [Fact]
    public async Task On_a_phone_the_page_is_one_column_with_the_examples_in_their_responses()
    {
        await using var tab = await site.OpenAsync(chromium, Operation, width: 390, height: 844);
        var page = tab.Page;

        var main = await Box(page, ".op-main");
        var aside = await Box(page, ".op-aside");
        Assert.True(aside.Y >= main.Y + main.Height - 1, $"aside at y={aside.Y}, main ends at {main.Y + main.Height}");
        Assert.True(Math.Abs(aside.X - main.X) < 1, $"aside x={aside.X}, main x={main.X}");
        await Expect(page.Locator("#response-example")).ToBeHiddenAsync();
        await Expect(page.Locator("#responses [data-examples]").First).ToBeAttachedAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
    }

    [Fact]
    public async Task Without_scripts_a_wide_page_still_has_two_columns_and_every_example_in_its_response()
    {
        await using var tab = await site.OpenAsync(chromium, Operation, width: 1280, javaScript: false);
        var page = tab.Page;

        var main = await Box(page, ".op-main");
        var aside = await Box(page, ".op-aside");
        Assert.True(aside.X >= main.X + main.Width, "two columns without scripts");
        await Expect(page.Locator("#code-samples pre.code").First).ToBeVisibleAsync();
        await Expect(page.Locator("#response-example")).ToBeHiddenAsync();
        await Expect(page.Locator("#responses > details[open] [data-examples] pre.code").First).ToBeVisibleAsync();
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string selector) =>
        await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not rendered");
}
