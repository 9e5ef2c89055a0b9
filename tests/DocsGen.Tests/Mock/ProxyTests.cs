using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using DocsGen.Mock;
using DocsGen.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Tests.Mock;

/// <summary>`docsgen serve --proxy`: a real dev server relaying to a real upstream over HTTP on 127.0.0.1.</summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private static readonly string SiteRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "ProxySite");
    // Redirects stay visible: the test checks the proxy passes them back instead of following them.
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly ConcurrentQueue<string> _received = new();
    private WebApplication _upstream = null!;
    private string _upstreamAuthority = "";

    public async Task InitializeAsync()
    {
        // What the playground sends with every proxied call (the proxy refuses calls without it).
        _client.DefaultRequestHeaders.Add(ProxyEndpoints.RequiredHeader, "1");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _upstream = builder.Build();
        _upstream.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} key={context.Request.Headers["X-Api-Key"]} type={context.Request.ContentType} body={body}");
            if (context.Request.Path == "/redirect")
            {
                context.Response.Redirect("http://localhost:1/elsewhere");
                return;
            }

            context.Response.StatusCode = 201;
            context.Response.Headers["X-Upstream"] = "yes";
            await context.Response.WriteAsync("created");
        });
        await _upstream.StartAsync();
        _upstreamAuthority = new Uri(_upstream.Urls.First()).Authority;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _upstream.StopAsync();
        await _upstream.DisposeAsync();
    }

    private async Task<DevServer> Serve(params string[] proxyHosts)
    {
        var server = new DevServer(new DevServerOptions
        {
            Root = SiteRoot,
            Port = 0,
            Extensions = proxyHosts.Length == 0 ? [MockEndpoints.MapForDevServer] : [MockEndpoints.MapForDevServer, ProxyEndpoints.For(proxyHosts)],
        });
        await server.StartAsync();
        return server;
    }

    [Fact]
    public async Task An_allowlisted_host_gets_method_query_headers_and_body_and_the_answer_comes_back()
    {
        await using var server = await Serve(_upstreamAuthority);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{server.Url}__proxy/http://{_upstreamAuthority}/payments?limit=5")
        {
            Content = new StringContent("""{"amount":1}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", "sk_test_1");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("created", await response.Content.ReadAsStringAsync());
        Assert.Equal("yes", response.Headers.GetValues("X-Upstream").Single());
        Assert.Equal("POST /payments?limit=5 key=sk_test_1 type=application/json; charset=utf-8 body={\"amount\":1}", Assert.Single(_received));
    }

    [Fact]
    public async Task A_host_not_on_the_allowlist_gets_403_and_nothing_is_forwarded()
    {
        await using var server = await Serve("api.example.com");
        using var response = await _client.GetAsync($"{server.Url}__proxy/http://{_upstreamAuthority}/payments");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("not on the proxy allowlist", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task The_same_host_on_another_port_or_name_is_refused()
    {
        await using var server = await Serve("127.0.0.1:1");
        using var otherPort = await _client.GetAsync($"{server.Url}__proxy/http://{_upstreamAuthority}/x");
        using var otherName = await _client.GetAsync($"{server.Url}__proxy/http://localhost:{new Uri("http://" + _upstreamAuthority).Port}/x");

        Assert.Equal(HttpStatusCode.Forbidden, otherPort.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherName.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Redirects_are_returned_not_followed()
    {
        await using var server = await Serve(_upstreamAuthority);
        using var response = await _client.GetAsync($"{server.Url}__proxy/http://{_upstreamAuthority}/redirect");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost:1/elsewhere", response.Headers.Location?.OriginalString);
        Assert.Single(_received);
    }

    [Fact]
    public async Task Without_the_flag_there_is_no_proxy_and_no_allowlist_endpoint()
    {
        await using var server = await Serve();
        using var relayed = await _client.GetAsync($"{server.Url}__proxy/http://{_upstreamAuthority}/payments");
        using var allowlist = await _client.GetAsync($"{server.Url}__docsgen/proxy");

        Assert.Equal(HttpStatusCode.NotFound, relayed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, allowlist.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task The_allowlist_is_published_for_the_playground()
    {
        await using var server = await Serve("B.example", "a.example:8443");
        var json = JsonDocument.Parse(await _client.GetStringAsync($"{server.Url}__docsgen/proxy")).RootElement;

        Assert.Equal(["a.example:8443", "b.example"], json.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()).ToList());
    }
}
