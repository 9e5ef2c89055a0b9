using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// A site built with `docsgen build` and published on a plain static host: the playground and the samples' server
/// picker must not ask for `docsgen serve`'s endpoints (/__docsgen/ping, /__docsgen/proxy), which such a host answers
/// with 404s in the reader's console and the host's logs. Pages built by `docsgen serve` say so (data-docsgen-serve);
/// <see cref="PlaygroundSpecs"/> covers the served side, where the serve mock is offered.
/// Fixture: Fixtures/SampleServerSite.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedSiteSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string ListWidgets = "v1/api/operations/listwidgets/";
    private string _output = null!;
    private GzipStaticHost _host = null!;

    public async Task InitializeAsync()
    {
        _output = Path.Combine(Path.GetTempPath(), "docsgen-published-" + Guid.NewGuid().ToString("N"));
        var built = await SiteBuilder.BuildAsync(new BuildOptions { Root = RepositoryPaths.Fixture("SampleServerSite"), Output = _output });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics.Take(5)));
        _host = await GzipStaticHost.StartAsync(_output);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_output, recursive: true);
    }

    [Fact]
    public async Task The_playground_and_the_sample_servers_ask_nothing_of_docsgen_serve_on_a_static_host()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(_host.Url + ListWidgets);
        await page.OpenPlaygroundAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose the server for the samples" }).ClickAsync();
        await Expect(page.GetByLabel("Server for the samples")).ToBeFocusedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.hasAttribute('data-docsgen-serve')"));
        Assert.Contains(requested, url => url.EndsWith("/playground.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("/sample-servers.js", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, url => url.Contains("/__docsgen/", StringComparison.Ordinal));
        await Expect(page.Locator("[data-pg=server] option", new() { HasText = "docsgen serve" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Server for the samples").Locator("option", new() { HasText = "docsgen serve" })).ToHaveCountAsync(0);
    }
}
