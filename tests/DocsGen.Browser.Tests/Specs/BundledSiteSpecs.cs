using System.Net;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>The site in content/ is what a newcomer sees first: it must build cleanly and serve.</summary>
public sealed class BundledSiteSpecs
{
    [Fact]
    public async Task BundledSite_builds_and_serves()
    {
        var root = Path.Combine(RepositoryPaths.Root, "content");
        var output = Path.Combine(Path.GetTempPath(), "docsgen-browser-tests", $"bundled-{Guid.NewGuid():N}");
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = output });
            Assert.True(build.Succeeded, $"content/ does not build ({build.Errors} errors), first ones:\n" + string.Join('\n', build.Diagnostics.Take(15)));
            Assert.True(build.Pages > 0, "content/ built no pages.");
            Assert.True(File.Exists(Path.Combine(output, "index.html")), "content/ built no index.html.");

            await using var server = new DevServer(new DevServerOptions { Root = root, Port = 0 });
            await server.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            var start = await http.GetAsync("");
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
            var startPage = server.Site!.StartUrl(server.Site.Config.CurrentVersion.Id);
            var page = await http.GetAsync(startPage.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<main id=\"content\"", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}

/// <summary>README's first command, as a newcomer uses it: read, navigate, switch version, edit and see the reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BundledSiteBrowserSpecs(ChromiumFixture chromium)
{
    private const string InstallationPage = "versions/v1/getting-started/installation.md";

    [Fact]
    public async Task A_reader_navigates_switches_version_and_sees_an_edit_reload_the_page()
    {
        await using var site = await ServedSite.StartContentAsync();
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.AddInitScriptAsync("""
            (() => {
              const Native = window.EventSource;
              window.EventSource = function (url, options) {
                const source = new Native(url, options);
                source.addEventListener("open", () => { window.__liveReloadOpen = true; });
                return source;
              };
              window.EventSource.prototype = Native.prototype;
            })();
            """);

        await page.GotoAsync(site.Url("/"));
        await Expect(page).ToHaveURLAsync(site.Url("/v2/"));

        await page.Locator("nav#sidebar").GetByRole(AriaRole.Link, new() { Name = "Getting started" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/v2/getting-started/"));
        await page.Locator("nav#sidebar a[href$='/getting-started/installation/']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v2/getting-started/installation/"));

        await page.Locator(".version-switcher summary").ClickAsync();
        await page.Locator(".version-switcher").GetByRole(AriaRole.Link, new() { Name = "1.x" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/v1/getting-started/installation/"));
        await Expect(page.Locator(".version-banner")).ToBeVisibleAsync();

        await page.WaitForFunctionAsync("() => window.__liveReloadOpen === true", null, new() { Timeout = 30_000 });
        var text = await site.ReadAsync(InstallationPage);
        await site.WriteAsync(InstallationPage, text + "\n\nEdited while the reader was looking.\n");

        await Expect(page.Locator("main")).ToContainTextAsync("Edited while the reader was looking.", new() { Timeout = 30_000 });
    }
}
