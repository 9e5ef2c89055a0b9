using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// An operation page cuts a large inline body short to stay light; the rows it cuts short bring their nested
/// fields from the operation's fields/ page when opened, and link to them there without scripts. Uses the unit
/// tests' fields-site fixture, whose createOrder body outgrows the page (its shipping field comes after sixty others).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldsPageSpecs(ChromiumFixture chromium)
{
    private const string CreateOrder = "/v1/api/operations/createorder/";

    [Fact]
    public async Task Opening_a_row_cut_short_copies_its_nested_fields_from_the_fields_page()
    {
        await using var site = await ServedSite.StartAsync("FieldsSite");
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var fieldsFetches = 0;
        page.Request += (_, request) => fieldsFetches += request.Url.Contains("/fields/", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(site.Url(CreateOrder));

        var row = page.Locator("#request-body .schema-tree details[data-fields]").Filter(new() { Has = page.Locator(":scope > summary > code", new() { HasTextString = "shipping" }) });
        await Expect(row).ToHaveCountAsync(1);
        Assert.Equal(0, await row.Locator("li").CountAsync());
        Assert.Equal(0, fieldsFetches);

        await row.Locator("summary").First.ClickAsync();

        await Expect(row).ToHaveAttributeAsync("data-lazy", "done");
        var names = await row.Locator(":scope > ul > li > code:first-child, :scope > ul > li > details > summary > code:first-child").AllTextContentsAsync();
        Assert.Equal(["method", "address"], names);
        // The address's own fields came too, and the read-only ones a request never sends did not.
        await Expect(row.Locator("code", new() { HasTextString = "line1" })).ToHaveCountAsync(1);
        await Expect(row.Locator("code", new() { HasTextString = "verified" })).ToHaveCountAsync(0);
        await Expect(row.Locator("code", new() { HasTextString = "tracking_number" })).ToHaveCountAsync(0);
        await Expect(row.Locator(":scope > .ref")).ToHaveCountAsync(0);
        Assert.Equal(0, await row.Locator("[id], details[open]").CountAsync());
        Assert.Equal(1, fieldsFetches);
    }

    [Fact]
    public async Task Without_JavaScript_the_nested_fields_are_a_link_away_on_the_fields_page()
    {
        await using var site = await ServedSite.StartAsync("FieldsSite");
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);
        var page = tab.Page;
        await page.GotoAsync(site.Url(CreateOrder));

        var row = page.Locator("#request-body .schema-tree details[data-fields]").Filter(new() { Has = page.Locator(":scope > summary > code", new() { HasTextString = "items" }) });
        await row.Locator("summary").First.ClickAsync();
        await row.Locator(":scope > .ref a").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Url(CreateOrder + "fields/#f-request-body/items"));
        var node = page.Locator("details:target");
        await Expect(node).ToBeInViewportAsync();
        await Expect(node.Locator(":scope > summary > code").First).ToHaveTextAsync("items");
        // Open, down to the last level, with nothing to click.
        await Expect(node.Locator("code", new() { HasTextString = "quantity" })).ToBeVisibleAsync();
        await Expect(node.Locator("code", new() { HasTextString = "message" })).ToBeVisibleAsync();
    }
}
