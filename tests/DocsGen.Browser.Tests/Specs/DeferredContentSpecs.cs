using System.Text.RegularExpressions;
using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// What an operation page leaves to other pages until the reader asks (issue 3's page weight): the rest of a
/// long example, the examples of responses that start closed, and the nested fields of a component's property
/// rows. Each comes in place when asked for, and is a link away without scripts. Uses the bundled Acme Pay demo.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DeferredContentSpecs(ChromiumFixture chromium)
{
    private const string ListPayments = "/v2/api/operations/listpayments/";

    // One column: on wide screens the selected response's examples move to the right column (issue 20), which OperationLayoutSpecs covers.
    private const int OneColumn = 1000;
    private const string GetPayment = "/v2/api/operations/getpayment/";
    private const string CreatePayment = "/v2/api/operations/createpayment/";

    [Fact]
    public async Task A_long_example_shows_its_first_lines_then_its_whole_text_in_place()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync(width: OneColumn);
        var page = tab.Page;
        await page.GotoAsync(site.Url(ListPayments));

        var more = page.Locator("[data-example-more]:not([data-example-open])").First;
        var lines = int.Parse(LineCount().Match(await more.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var media = await more.EvaluateAsync<string>("a => a.closest('.api-media').id");
        var example = page.Locator($"[id='{media}'] .api-example");
        var code = example.Locator("pre.code code");
        Assert.Equal(25, (await code.InnerTextAsync()).TrimEnd('\n').Split('\n').Length);
        await Expect(code).ToContainTextAsync("…");

        await more.ClickAsync();

        await Expect(example.Locator("[data-example-more]")).ToHaveCountAsync(0);
        await Expect(code).Not.ToContainTextAsync("…");
        Assert.Equal(lines, (await code.InnerTextAsync()).TrimEnd('\n').Split('\n').Length);
        await Expect(example.Locator(".copy-button")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(site.Url(ListPayments));
    }

    [Fact]
    public async Task Without_JavaScript_the_whole_example_is_a_link_away()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false, width: OneColumn);
        var page = tab.Page;
        await page.GotoAsync(site.Url(ListPayments));

        var more = page.Locator("[data-example-more]:not([data-example-open])").First;
        var lines = int.Parse(LineCount().Match(await more.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await more.ClickAsync();

        var section = page.Locator("section:target");
        await Expect(section).ToBeInViewportAsync();
        Assert.Equal(lines, (await section.Locator("pre.code code").InnerTextAsync()).TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public async Task Opening_a_closed_response_fetches_its_example_into_place()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync(width: OneColumn);
        var page = tab.Page;
        var samplesFetches = 0;
        page.Request += (_, request) => samplesFetches += request.Url.Contains("/samples/", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(site.Url(CreatePayment));

        var link = page.Locator("details.api-response [data-example-open]").First;
        var id = await link.EvaluateAsync<string>("a => a.closest('details.api-response').id");
        var response = page.Locator($"[id='{id}']");
        await Expect(response).Not.ToHaveAttributeAsync("open", "");
        var lines = int.Parse(LineCount().Match(await link.TextContentAsync() ?? "").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, await response.Locator("pre.code").CountAsync());
        Assert.Equal(0, samplesFetches);

        await response.Locator("summary").First.ClickAsync();

        var code = response.Locator(".api-example pre.code code");
        await Expect(code).ToBeVisibleAsync();
        await Expect(response.Locator("[data-example-open]")).ToHaveCountAsync(0);
        Assert.Equal(lines, (await code.InnerTextAsync()).TrimEnd('\n').Split('\n').Length);
        await Expect(response.Locator(".api-example .copy-button")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_property_row_of_a_small_component_has_its_nested_fields_in_place_without_a_request()
    {
        // A component tree within the in-place budget (60 nodes, 5 levels) is expanded in the page itself; only a
        // bigger one borrows its rows from the schema page when opened (OperationPageLayoutTests checks that markup).
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync(width: OneColumn);
        var page = tab.Page;
        var fetched = new List<string>();
        page.Request += (_, r) => { if (r.Url.Contains("/schemas/", StringComparison.Ordinal)) { fetched.Add(r.Url); } };
        await page.GotoAsync(site.Url(GetPayment));

        var row = page.Locator("#responses .schema-tree details").First;
        Assert.True(await row.Locator("li").CountAsync() > 0, "the nested fields are in the page");
        await row.Locator("summary").First.ClickAsync();
        await Expect(row.Locator("li").First).ToBeVisibleAsync();
        Assert.Empty(fetched);
    }

    [GeneratedRegex(@"\((\d+) lines\)")]
    private static partial Regex LineCount();
}
