using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;

namespace DocsGen.Browser.Tests.Hosting;

/// <summary>
/// With the default <c>latest: map</c> there is no file under /latest/ but its index: on a host that answers a missing
/// path with 404.html (GitHub Pages, S3, nginx's error_page), that page's script takes the reader to the same path,
/// query and fragment in the current version. Built by the real build, served under a base path as a project site is,
/// opened in real Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LatestOnNotFoundHostSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docsgen-latest-host-" + Guid.NewGuid().ToString("N"));
    private NotFoundFallbackHost? _host;

    private NotFoundFallbackHost Host => _host!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Write("docsgen.yml"), "title: Latest\nbaseUrl: https://x.example/docs/\nversions:\n  - id: v2\n    current: true\n  - id: v1\n");
        foreach (var version in new[] { "v1", "v2" })
        {
            await File.WriteAllTextAsync(Write($"versions/{version}/index.md"), $"# Home {version}\n");
            await File.WriteAllTextAsync(Write($"versions/{version}/guides/auth.md"), $"# Auth in {version}\n\nIntro.\n\n## Section\n\nText.\n");
        }

        var output = Path.Combine(_root, "_site");
        var built = await SiteBuilder.BuildAsync(new BuildOptions { Root = _root, Output = output });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(output, "latest", "guides")), "the map writes no stub per page");
        _host = await NotFoundFallbackHost.StartAsync(output, "/docs/");
    }

    [Fact]
    public async Task A_latest_url_ends_on_the_current_versions_page_with_its_query_and_fragment()
    {
        await using var tab = await chromium.OpenTabAsync();

        await tab.Page.GotoAsync(Host.SiteUrl + "latest/guides/auth/?q=1#section");

        await Expect(tab.Page).ToHaveURLAsync(Host.SiteUrl + "v2/guides/auth/?q=1#section");
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Auth in v2");
        await Expect(tab.Page.Locator("#section")).ToBeVisibleAsync();
        Assert.Contains(("/docs/latest/guides/auth/?q=1", 404), Requests());
    }

    [Fact]
    public async Task A_latest_url_that_no_version_has_ends_on_the_404_page_of_the_current_version_once()
    {
        await using var tab = await chromium.OpenTabAsync();

        await tab.Page.GotoAsync(Host.SiteUrl + "latest/nowhere/?q=1");

        await Expect(tab.Page).ToHaveURLAsync(Host.SiteUrl + "v2/nowhere/?q=1");
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-version", "v2");
        // Time for a loop to show itself: the 404 page of /v2/nowhere/ must not move on again.
        await tab.Page.WaitForTimeoutAsync(1000);
        Assert.Equal(Host.SiteUrl + "v2/nowhere/?q=1", tab.Page.Url);
        var documents = Requests().Where(r => r.Path.Contains("nowhere", StringComparison.Ordinal)).ToList();
        Assert.Equal([("/docs/latest/nowhere/?q=1", 404), ("/docs/v2/nowhere/?q=1", 404)], documents);
    }

    [Fact]
    public async Task Without_scripts_the_404_page_links_the_current_versions_start_page()
    {
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);

        await tab.Page.GotoAsync(Host.SiteUrl + "latest/guides/auth/");

        Assert.Equal(Host.SiteUrl + "latest/guides/auth/", tab.Page.Url);
        var current = tab.Page.Locator(".version-starts li", new() { HasText = "current" }).Locator("a");
        await Expect(current).ToHaveAttributeAsync("href", "/docs/v2/");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    private List<(string Path, int Status)> Requests()
    {
        lock (Host.Requests)
        {
            return [.. Host.Requests];
        }
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
