using System.Text.Json;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Browser.Tests.Search;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// axe-core on every page kind of the bundled site (not a small test site), in light and dark, at a desktop width:
/// no serious or critical violation. Search results are the open dialog with results on the home page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BundledSiteAxeSpecs(ChromiumFixture chromium, BundledSite site, ITestOutputHelper output) : IClassFixture<BundledSite>
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var kind in BundledSite.PageKinds.Keys.Append("search results"))
            {
                data.Add(kind, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_kind_has_no_serious_or_critical_violations(string kind, string scheme)
    {
        var path = kind == "search results" ? BundledSite.PageKinds["home"] : BundledSite.PageKinds[kind];
        await using var tab = await site.OpenAsync(chromium, path, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = tab.Page;
        if (kind == "search results")
        {
            await page.Keyboard.PressAsync("/");
            await page.Locator("#search-input").FillAsync("payment");
            await page.Locator("#search-results [role=option]").First.WaitForAsync();
        }
        else if (kind == "operation")
        {
            // The right column is filled by script: check the page as a reader sees it.
            await Expect(page.Locator("#response-example")).ToBeVisibleAsync();
        }

        var serious = await Axe.SeriousViolationsAsync(page, output);

        Assert.True(serious.Count == 0, $"{kind} ({scheme}) /{path}:\n" + string.Join('\n', serious));
    }
}

/// <summary>Runs axe-core (installed for the browser tests) on the page as it is now.</summary>
internal static class Axe
{
    public static async Task<List<string>> SeriousViolationsAsync(IPage page, ITestOutputHelper output)
    {
        // Operation pages lay out off-screen sections only near the screen (content-visibility): render them all, so
        // axe checks the whole page and not only the first screen.
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "* { content-visibility: visible !important; }" });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = SearchSite.AxePath() });
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })))");
        using var violations = JsonDocument.Parse(json);
        foreach (var v in violations.RootElement.EnumerateArray())
        {
            output.WriteLine($"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}), {v.GetProperty("nodes").GetArrayLength()} nodes");
        }

        return [.. violations.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.GetProperty("id").GetString() + " (" + v.GetProperty("impact").GetString() + "): " +
                string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(5).Select(n => n.GetString())))];
    }
}
