using System.Text.RegularExpressions;
using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>API reference pages in a real browser: schema trees fold open, hostile specs stay inert.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceSpecs(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_nested_request_schema_expands_on_click_without_leaving_the_page()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/api/operations/createpayment/"));

        await Expect(page.Locator("h1")).ToContainTextAsync("Create a payment");
        // A property row of the request's component: its nested fields come from the schema page when it opens.
        var node = page.Locator("#request-body .schema-tree > ul > li > details").First;
        await Expect(node).Not.ToHaveAttributeAsync("open", "");
        var nested = node.Locator("ul").First;
        await Expect(nested).Not.ToBeVisibleAsync();

        await node.Locator("summary").First.ClickAsync();

        await Expect(node).ToHaveAttributeAsync("open", "");
        await Expect(nested).ToBeVisibleAsync();
        Assert.EndsWith("/v2/api/operations/createpayment/", page.Url);
    }

    [Fact]
    public async Task A_nested_component_opens_in_place_with_its_schema_page_rows_for_the_right_side()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(site.Url("/v2/api/operations/createpayment/"));

        // PaymentMethod is a component below the request body's root: only its summary and a link are in the page.
        var method = page.Locator("#request-body .schema-tree li", new() { Has = page.Locator("summary > code", new() { HasTextString = "payment_method" }) })
            .Locator("details[data-lazy]").First;
        await Expect(method.Locator(".ref a")).ToHaveAttributeAsync("href", "/v2/api/schemas/paymentmethod/");
        Assert.Equal(0, await method.Locator("li").CountAsync());

        await method.Locator("summary").First.ClickAsync();

        await Expect(method).ToHaveAttributeAsync("data-lazy", "done");
        Assert.True(await Row(method, "token").CountAsync() > 0, "the write-only card token is part of a request");
        Assert.Equal(0, await Row(method, "brand").CountAsync());
        Assert.Equal(0, await method.Locator("[id]").CountAsync());

        // The same component in a response keeps read-only rows and drops write-only ones.
        await page.GotoAsync(site.Url("/v2/api/operations/getpayment/"));
        var returned = page.Locator("#responses .schema-tree li", new() { Has = page.Locator("summary > code", new() { HasTextString = "payment_method" }) })
            .Locator("details[data-lazy]").First;
        await returned.Locator("summary").First.ClickAsync();
        await Expect(returned).ToHaveAttributeAsync("data-lazy", "done");
        Assert.True(await Row(returned, "brand").CountAsync() > 0);
        Assert.Equal(0, await Row(returned, "token").CountAsync());
    }

    /// <summary>The name cell of a property row (a leaf's or an expandable one's), matched exactly.</summary>
    private static ILocator Row(ILocator scope, string name) =>
        scope.Locator("li > code, summary > code").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") });

    [Fact]
    public async Task Script_in_a_hostile_spec_never_runs_on_its_pages()
    {
        await using var site = await ServedSite.StartAsync("HostileSpecSite");
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { "/v1/api/", "/v1/api/operations/getthing/", "/v1/api/schemas/thing/", "/v1/" })
        {
            await page.GotoAsync(site.Url(path));
            await page.WaitForLoadStateAsync(LoadState.Load);

            // Give event handlers (onerror, onload, ontoggle) a chance, and open every tree and link.
            foreach (var details in await page.Locator("details").AllAsync())
            {
                await details.EvaluateAsync("d => d.open = true");
            }

            foreach (var link in await page.Locator("main a[href^='javascript:' i]").AllAsync())
            {
                await link.ClickAsync(new() { Force = true });
            }

            await page.Locator("main").HoverAsync();
            await page.WaitForTimeoutAsync(200);
            var pwned = await page.EvaluateAsync<string?>("() => window.__pwned ?? null");
            Assert.True(pwned is null, $"script from the spec ran on {path}: {pwned}");
        }

        Assert.Empty(dialogs);
        await page.GotoAsync(site.Url("/v1/api/operations/getthing/"));
        // Examples are code and show the attack as text; descriptions keep only their safe HTML.
        await Expect(page.Locator("main")).ToContainTextAsync("window.__pwned = 'json-example'");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("window.__pwned = 'param'");
    }
}
