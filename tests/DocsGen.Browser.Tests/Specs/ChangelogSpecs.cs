using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>The Acme Pay 2.0 changelog of the bundled content/, served from a temp copy by the dev server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChangelogSpecs(ChromiumFixture chromium)
{
    [Fact]
    public async Task Changelog_lists_breaking_changes_first_and_links_a_removed_operation_to_its_v1_page()
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-browser-tests", $"changelog-{Guid.NewGuid():N}");
        CopyContent(Path.Combine(RepositoryPaths.Root, "content"), root);
        try
        {
            await using var server = new DevServer(new DevServerOptions { Root = root, Port = 0 });
            await server.StartAsync();
            Assert.True(server.LastBuild is { Succeeded: true }, "content/ does not build:\n" + string.Join('\n', server.LastBuild?.Diagnostics ?? []));

            await using var tab = await chromium.OpenTabAsync();
            var page = tab.Page;
            await page.GotoAsync(server.Url + "v2/api/changelog/");

            await Expect(page.Locator("h1")).ToContainTextAsync("Acme Pay API changes since 1.x");
            // Per tag section, the operations' levels in page order; each section starts with its worst.
            var sections = await page.Locator(".changelog-tag:not(.changelog-general):not(.changelog-schemas)").EvaluateAllAsync<string[][]>(
                "tags => tags.map(t => [...t.querySelectorAll('.changelog-operation')].map(o => o.dataset.level))");
            string[] worstFirst = ["breaking", "potentially-breaking", "non-breaking", "informational"];
            Assert.NotEmpty(sections);
            Assert.Equal("breaking", sections[0][0]);
            foreach (var levels in sections)
            {
                var ranks = levels.Select(l => Array.IndexOf(worstFirst, l)).ToList();
                Assert.Equal(ranks.Order(), ranks);
            }

            var voidPayment = page.Locator(".changelog-operation", new() { HasText = "voidPayment" });
            await Expect(voidPayment.Locator(".changelog-change").First).ToContainTextAsync("Breaking");
            await Expect(voidPayment.Locator(".changelog-new-link")).ToHaveCountAsync(0);
            await voidPayment.Locator(".changelog-old-link").ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/v1/api/.+/$"));
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Expect(page.Locator(".page-badges")).ToContainTextAsync("Removed in v2");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyContent(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("_site", StringComparison.Ordinal) || relative.StartsWith(".docsgen", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
