using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// An operation page carries its first code sample; the other languages come from its samples/ page,
/// fetched when the reader picks one, and reached by links when scripts are off. Uses the bundled
/// Acme Pay demo, whose "Create a payment" has its own curl sample.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CodeSampleSpecs(ChromiumFixture chromium)
{
    private const string CreatePayment = "/v2/api/operations/createpayment/";
    private const string UpdatePayment = "/v2/api/operations/updatepayment/";

    [Fact]
    public async Task A_language_picked_on_one_operation_is_fetched_shown_and_already_chosen_on_the_next()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var samplesFetches = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/samples/", StringComparison.Ordinal))
            {
                samplesFetches.Add(request.Url);
            }
        };
        await page.GotoAsync(site.Url(CreatePayment));
        var tabs = page.Locator("#code-samples .tabs");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "curl" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByText("curl --fail-with-body https://sandbox.acmepay.example/v2/payments")).ToBeVisibleAsync();
        await Expect(page.Locator("#code-samples [data-tab-fallback]")).ToBeHiddenAsync();
        Assert.Empty(samplesFetches);

        var python = tabs.GetByRole(AriaRole.Tab, new() { Name = "Python" });
        await python.ClickAsync();

        await Expect(python).ToHaveAttributeAsync("aria-selected", "true");
        var pythonPanel = tabs.GetByRole(AriaRole.Tabpanel);
        await Expect(pythonPanel).ToHaveCountAsync(1);
        await Expect(pythonPanel).ToContainTextAsync("import requests");
        await Expect(pythonPanel.Locator("code span.tok-kw").First).ToBeVisibleAsync();
        await Expect(pythonPanel.Locator(".copy-button")).ToBeVisibleAsync();
        Assert.Equal(await python.GetAttributeAsync("aria-controls"), await pythonPanel.GetAttributeAsync("id"));
        Assert.Equal(await python.GetAttributeAsync("id"), await pythonPanel.GetAttributeAsync("aria-labelledby"));
        Assert.Equal("python", await page.EvaluateAsync<string>("() => localStorage.getItem('docsgen.tab.lang')"));

        // The keyboard moves between loaded languages without fetching the samples page again.
        await python.PressAsync("ArrowRight");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "C#" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("response.EnsureSuccessStatusCode();");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(python).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(python).ToBeFocusedAsync();
        Assert.Single(samplesFetches);

        await page.GotoAsync(site.Url(UpdatePayment));

        tabs = page.Locator("#code-samples .tabs");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Python" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("import requests");
        await Expect(tabs.GetByText("curl --fail-with-body --request PATCH")).ToBeHiddenAsync();
        Assert.EndsWith(UpdatePayment + "samples/", samplesFetches[^1]);
    }

    [Fact]
    public async Task Without_JavaScript_every_language_is_a_link_away()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);
        var page = tab.Page;
        await page.GotoAsync(site.Url(CreatePayment));

        await Expect(page.Locator("#code-samples pre.code")).ToContainTextAsync("curl --fail-with-body https://sandbox.acmepay.example/v2/payments");
        var links = page.Locator("#code-samples [data-tab-fallback] a");
        await Expect(links).ToHaveTextAsync(["JavaScript", "Python", "C#", "Go", "Java"]);

        foreach (var (label, code) in new[]
        {
            ("Python", "import requests"), ("C#", "using var client = new HttpClient();"), ("JavaScript", "await fetch("),
            ("Go", "package main"), ("Java", "import java.net.URI;"),
        })
        {
            await page.GotoAsync(site.Url(CreatePayment));
            await page.Locator("#code-samples [data-tab-fallback]").GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();

            var section = page.Locator("section:target");
            await Expect(section.Locator("h2")).ToHaveTextAsync(label);
            await Expect(section.Locator("pre.code")).ToContainTextAsync(code);
            await Expect(section).ToBeInViewportAsync();
        }

        await page.Locator(".breadcrumbs a").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(CreatePayment));
    }
}
