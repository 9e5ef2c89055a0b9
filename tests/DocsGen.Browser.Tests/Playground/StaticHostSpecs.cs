using System.Collections.Concurrent;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// The bundled site built to a folder and published on a plain static host (files only: no dev
/// server, no mock endpoints), as on a CDN. "Try it" still answers, from the spec's examples,
/// without a single request leaving the page's own host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticHostSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "docsgen-static-host-" + Guid.NewGuid().ToString("N"));
    private WebApplication _host = null!;

    private string Url => _host.Urls.First().TrimEnd('/') + "/";

    public async Task InitializeAsync()
    {
        var built = await SiteBuilder.BuildAsync(new BuildOptions { Root = Path.Combine(RepositoryPaths.Root, "content"), Output = _output });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _host = builder.Build();
        var files = new PhysicalFileProvider(_output);
        _host.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _host.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_output, recursive: true);
    }

    [Fact]
    public async Task The_in_browser_mock_answers_with_the_documented_example_and_nothing_leaves_the_static_host()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var elsewhere = new ConcurrentQueue<string>();
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(Url, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            elsewhere.Enqueue(route.Request.Method + " " + route.Request.Url);
            await route.AbortAsync();
        });

        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.OpenPlaygroundAsync();
        var server = page.Locator("[data-pg=server]");
        await Expect(server.Locator("option", new() { HasText = "Mock (in your browser)" })).ToHaveCountAsync(1);
        await server.SelectOptionAsync(new SelectOptionValue { Label = "Mock (in your browser)" });
        await page.Locator("[data-pg=send]").ClickAsync();

        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
        // The createPayment 201 example "card" in content/versions/v2/api/acme-pay.yaml.
        await Expect(page.Locator("[data-pg=response-body]")).ToContainTextAsync("\"id\": \"pay_3Nf8cQ2xVb7L1k9\"");
        await Expect(server.Locator("option", new() { HasText = "Mock (docsgen serve)" })).ToHaveCountAsync(0);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task An_operation_page_fetches_the_playground_and_search_only_when_the_reader_asks()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, r) => requested.Enqueue(new Uri(r.Url).AbsolutePath);

        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requested, p => p.Contains("/playground", StringComparison.Ordinal) || p.Contains("/search", StringComparison.Ordinal));
        await Expect(page.Locator("[data-playground-open]")).ToBeVisibleAsync();

        await page.OpenPlaygroundAsync();
        Assert.Contains("/assets/playground.js", requested);
        Assert.Contains("/assets/playground.css", requested);
        Assert.Contains("/v2/api/operations/createpayment/playground.json", requested);
        await Expect(page.Locator("[data-playground-open]")).ToBeHiddenAsync();
        Assert.DoesNotContain(requested, p => p.Contains("/search", StringComparison.Ordinal));

        await page.Locator("[data-search-open]").ClickAsync();
        await Expect(page.Locator("[data-search-input]")).ToBeFocusedAsync();
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search)");
        Assert.Contains("/assets/search.js", requested);
        Assert.Contains("/assets/search.css", requested);
    }

    [Fact]
    public async Task A_link_to_try_it_opens_the_playground_at_load()
    {
        await using var tab = await chromium.OpenTabAsync();
        await tab.Page.GotoAsync(Url + "v2/api/operations/createpayment/#try-it");
        await Expect(tab.Page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Once_opened_the_playground_opens_at_load_on_the_next_operation_pages_of_the_tab()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.OpenPlaygroundAsync();
        await page.GotoAsync(Url + "v2/api/operations/listpayments/");
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_keyboard_opens_the_playground_and_lands_on_its_first_field()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.Locator("[data-playground-open]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-pg=server]")).ToBeFocusedAsync();
    }
}
