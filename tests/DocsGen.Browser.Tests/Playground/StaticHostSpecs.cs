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
        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_static");
        await page.Locator("[data-pg=send]").ClickAsync();

        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("201");
        // The createPayment 201 example "card" in content/versions/v2/api/acme-pay.yaml.
        await Expect(page.Locator("[data-pg=response-body]")).ToContainTextAsync("\"id\": \"pay_3Nf8cQ2xVb7L1k9\"");
        await Expect(server.Locator("option", new() { HasText = "Mock (docsgen serve)" })).ToHaveCountAsync(0);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task An_operation_page_loads_the_playground_with_the_page_and_search_only_after_it()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, r) => requested.Enqueue(new Uri(r.Url).AbsolutePath);

        // Send is usable on the first operation page of a tab, without an "Open the playground" click.
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
        Assert.Contains("/assets/playground.js", requested);
        Assert.Contains("/assets/playground.css", requested);
        Assert.Contains("/v2/api/operations/createpayment/playground.json", requested);
        await Expect(page.Locator("[data-playground-open]")).ToBeHiddenAsync();
        // Search is no part of the page: its files come once the page has loaded and is idle (or when the reader shows intent).
        await page.WaitForFunctionAsync("() => !!(window.DocsGen && window.DocsGen.search)");
        var searchRequested = await page.EvaluateAsync<double>("() => performance.getEntriesByType('resource').find(e => e.name.endsWith('/assets/search.js')).startTime");
        var pageLoaded = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
        Assert.True(searchRequested >= pageLoaded, $"search.js requested at {searchRequested} ms, the page loaded at {pageLoaded} ms");

        await page.Locator("[data-search-open]").ClickAsync();
        await Expect(page.Locator("[data-search-input]")).ToBeFocusedAsync();
        Assert.Contains("/assets/search.js", requested);
        Assert.Contains("/assets/search.css", requested);
    }

    [Fact]
    public async Task The_in_browser_mock_refuses_what_the_built_in_mock_refuses_with_the_same_problem_shape()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Mock (in your browser)" });

        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("401");
        await Expect(page.Locator("[data-pg=response-body]")).ToContainTextAsync("\"in\": \"security\"");

        await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_static");
        await page.Locator("[data-pg=body]").FillAsync("{\"amount\": \"lots\", \"currency\": \"EUR\", \"payment_method\": {\"type\": \"card\", \"token\": \"tok_visa_4242\"}}");
        await page.Locator("[data-pg=send]").ClickAsync();
        await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync("422");
        var problem = System.Text.Json.JsonDocument.Parse(await page.Locator("[data-pg=response-body]").TextContentAsync() ?? "").RootElement;
        Assert.Equal(["type", "title", "status", "errors"], problem.EnumerateObject().Select(p => p.Name));
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("body", "/amount"), (error.GetProperty("in").GetString(), error.GetProperty("name").GetString()));
        Assert.Contains("integer", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_as_curl_on_a_static_build_names_the_real_server_never_the_mock()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Mock (in your browser)" });
        await page.Locator("[data-pg=curl]").ClickAsync();
        var curl = await page.Locator(".pg-code").TextContentAsync() ?? "";
        Assert.StartsWith("curl -X POST 'https://api.acmepay.example/v2/payments'", curl, StringComparison.Ordinal);
        Assert.DoesNotContain("__mock", curl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_server_carries_over_to_the_next_operation_page_and_is_announced()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.EvaluateAsync("() => document.addEventListener('docsgen:server-change', e => { window.__changes = (window.__changes || []).concat([e.detail]); })");
        // The second spec server: Sandbox.
        await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var chosen = await page.Locator("[data-pg=server] option:checked").TextContentAsync();
        Assert.Equal("[{\"api\":\"payments\",\"url\":\"https://sandbox.acmepay.example/v2\"}]", await page.EvaluateAsync<string>("JSON.stringify(window.__changes)"));

        await page.GotoAsync(Url + "v2/api/operations/listpayments/");
        await Expect(page.Locator("[data-pg=server] option:checked")).ToHaveTextAsync(chosen!);
        Assert.Equal("https://sandbox.acmepay.example/v2", await page.EvaluateAsync<string>("sessionStorage.getItem('docsgen:server:payments')"));
    }

    [Fact]
    public async Task A_link_to_try_it_opens_the_playground_at_load()
    {
        await using var tab = await chromium.OpenTabAsync();
        await tab.Page.GotoAsync(Url + "v2/api/operations/createpayment/#try-it");
        await Expect(tab.Page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Every_operation_page_of_the_tab_opens_with_the_playground_ready()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.OpenPlaygroundAsync();
        await page.GotoAsync(Url + "v2/api/operations/listpayments/");
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_playground_loading_with_the_page_never_takes_the_keyboard_focus()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url + "v2/api/operations/createpayment/");
        await page.Keyboard.PressAsync("Tab"); // the reader starts tabbing through the page before the panel is in
        var focused = await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 80)");
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
        Assert.Equal(focused, await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 80)"));
    }
}
