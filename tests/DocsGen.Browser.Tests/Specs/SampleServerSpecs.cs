using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>
/// The server the code samples call is picked once per API for the whole site (sample-servers.js):
/// the spec's servers with their variables, the mock of `docsgen serve` and the in-browser mock. The
/// choice is shared with the playground through sessionStorage "docsgen:server:&lt;api id&gt;" and the
/// "docsgen:server-change" event. Without scripts the samples call the first server and the others
/// are listed. Fixture: Fixtures/SampleServerSite (a templated regional server and a sandbox).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleServerSpecs(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string ListWidgets = "v1/api/operations/listwidgets/";
    private const string GetWidget = "v1/api/operations/getwidget/";
    private DevServer _server = null!;

    /// <summary>Served as `docsgen serve` does, with its mocks; the fixture is only read (the build goes to a private folder).</summary>
    public async Task InitializeAsync()
    {
        _server = new DevServer(new DevServerOptions { Root = RepositoryPaths.Fixture("SampleServerSite"), Port = 0, Extensions = [MockEndpoints.MapForDevServer] });
        await _server.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_picked_server_and_its_variables_go_into_every_sample_on_this_page_and_the_next()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url(ListWidgets));
        var samples = page.Locator("#code-samples .tabs");
        var picker = page.GetByLabel("Server for the samples");
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("https://eu.regions.example/acme/v1/widgets");

        // Loaded on request, like the playground: an operation page's first view loads docsgen.js only.
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose the server for the samples" }).ClickAsync();
        await Expect(picker).ToBeFocusedAsync();
        await Expect(page.Locator("#code-samples .sample-server-list")).ToBeHiddenAsync();
        await page.EvaluateAsync("() => { window.heard = []; document.addEventListener('docsgen:server-change', e => window.heard.push(e.detail)); }");

        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Sandbox" });

        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("https://sandbox.regions.example/v1/widgets");
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).Not.ToContainTextAsync("https://eu.regions.example");
        Assert.Equal("https://sandbox.regions.example/v1", await page.EvaluateAsync<string>("() => sessionStorage.getItem('docsgen:server:regions')"));
        Assert.Equal("regions https://sandbox.regions.example/v1", await page.EvaluateAsync<string>("() => window.heard.map(d => d.api + ' ' + d.url).join('|')"));

        // The templated server: its variables are inputs, an enum a list.
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Regional" });
        await page.GetByLabel("{region}").SelectOptionAsync("us");
        await page.GetByLabel("{tenant}").FillAsync("globex");
        await page.GetByLabel("{tenant}").DispatchEventAsync("change");
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("https://us.regions.example/globex/v1/widgets");

        // A language fetched later from the samples/ page shows the same server.
        await samples.GetByRole(AriaRole.Tab, new() { Name = "Python" }).ClickAsync();
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("import requests");
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("\"https://us.regions.example/globex/v1/widgets\"");

        await page.GotoAsync(Url(GetWidget));

        samples = page.Locator("#code-samples .tabs");
        await Expect(samples.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("https://us.regions.example/globex/v1/widgets/w1");
        await Expect(page.GetByLabel("Server for the samples").Locator("option:checked")).ToHaveTextAsync("Regional");
        await Expect(page.GetByLabel("{region}")).ToHaveValueAsync("us");
        await Expect(page.GetByLabel("{tenant}")).ToHaveValueAsync("globex");
    }

    [Fact]
    public async Task The_playground_and_the_samples_follow_each_other_and_the_serve_mock_answers_the_samples_url()
    {
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(Url(GetWidget));
        var panel = page.Locator("#code-samples .tabs").GetByRole(AriaRole.Tabpanel);
        var picker = page.GetByLabel("Server for the samples");

        // What the playground does when the reader picks a server there.
        await page.EvaluateAsync("() => document.dispatchEvent(new CustomEvent('docsgen:server-change', { detail: { api: 'regions', url: 'https://sandbox.regions.example/v1' } }))");
        await Expect(panel).ToContainTextAsync("https://sandbox.regions.example/v1/widgets/w1");
        await Expect(picker.Locator("option:checked")).ToHaveTextAsync("Sandbox");
        Assert.Equal("https://sandbox.regions.example/v1", await page.EvaluateAsync<string>("() => sessionStorage.getItem('docsgen:server:regions')"));

        // Another API's change is not ours.
        await page.EvaluateAsync("() => document.dispatchEvent(new CustomEvent('docsgen:server-change', { detail: { api: 'other', url: 'https://elsewhere.example' } }))");
        await Expect(panel).ToContainTextAsync("https://sandbox.regions.example/v1/widgets/w1");

        // `docsgen serve` mounts a mock per API: the samples call it, and it answers their URL.
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Mock (docsgen serve)" });
        var mock = _server.Url + "__mock/v1/regions";
        await Expect(panel).ToContainTextAsync(mock + "/widgets/w1");
        using var http = new HttpClient();
        using var answer = await http.GetAsync(mock + "/widgets/w1");
        Assert.True(answer.IsSuccessStatusCode, $"{answer.StatusCode} from the mock URL the samples show");
        Assert.Contains("w1", await answer.Content.ReadAsStringAsync());

        // The in-browser mock answers only the playground: the samples go back to the spec's first server and say why.
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Mock (in your browser, for the playground only)" });
        await Expect(panel).ToContainTextAsync("https://eu.regions.example/acme/v1/widgets/w1");
        await Expect(page.Locator("#code-samples .sample-server-note")).ToContainTextAsync("in-browser mock answers only the playground");
        Assert.Equal("mock:", await page.EvaluateAsync<string>("() => sessionStorage.getItem('docsgen:server:regions')"));
    }

    [Fact]
    public async Task Without_JavaScript_the_samples_call_the_first_server_and_the_others_are_listed()
    {
        await using var tab = await chromium.OpenTabAsync(javaScriptEnabled: false);
        var page = tab.Page;
        await page.GotoAsync(Url(ListWidgets));

        await Expect(page.Locator("#code-samples pre.code")).ToContainTextAsync("https://eu.regions.example/acme/v1/widgets");
        var servers = page.Locator("#code-samples [data-sample-servers]");
        await Expect(servers).ToContainTextAsync("The samples call https://eu.regions.example/acme/v1; to call another server, replace it with one of these:");
        await Expect(servers.Locator(".sample-server-list > li")).ToHaveCountAsync(2);
        await Expect(servers.Locator(".sample-server-list > li").Nth(0)).ToContainTextAsync("{region}: eu (one of eu, us). Where your data lives.");
        await Expect(servers.Locator(".sample-server-list > li").Nth(1)).ToContainTextAsync("https://sandbox.regions.example/v1 Sandbox");
    }

    private string Url(string path) => _server.Url + path;
}
