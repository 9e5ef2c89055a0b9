using System.Text.Json;
using DocsGen.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Search;

/// <summary>axe-core on real pages: no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium, SearchSite site, ITestOutputHelper output) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task A_guide_page_has_no_serious_or_critical_violations()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/guides/authentication/");
        var page = tab.Page;
        await AssertNoSeriousViolations(page);
    }

    [Fact]
    public async Task An_operation_page_has_no_serious_or_critical_violations()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/api/operations/listrefunds/");
        var page = tab.Page;
        await AssertNoSeriousViolations(page);
    }

    [Fact]
    public async Task An_old_version_page_with_its_banner_has_no_serious_or_critical_violations()
    {
        await using var tab = await site.OpenAsync(chromium, "v1/guides/authentication/");
        var page = tab.Page;
        await AssertNoSeriousViolations(page);
    }

    [Fact]
    public async Task The_open_search_dialog_with_results_has_no_serious_or_critical_violations()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").FillAsync("keys");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        await AssertNoSeriousViolations(page);
    }

    [Fact]
    public async Task The_search_dialog_in_dark_theme_has_no_serious_or_critical_violations()
    {
        await using var tab = await site.OpenAsync(chromium, "v3/");
        var page = tab.Page;
        await page.EvaluateAsync("window.DocsGen.setTheme('dark')");
        await page.Keyboard.PressAsync("/");
        await page.Locator("#search-input").FillAsync("retry");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        await AssertNoSeriousViolations(page);
    }

    private async Task AssertNoSeriousViolations(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = SearchSite.AxePath() });
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })))");
        using var violations = JsonDocument.Parse(json);
        var serious = violations.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.GetProperty("id").GetString() + " (" + v.GetProperty("impact").GetString() + "): " + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
        foreach (var v in violations.RootElement.EnumerateArray())
        {
            output.WriteLine($"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()})");
        }

        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }
}
