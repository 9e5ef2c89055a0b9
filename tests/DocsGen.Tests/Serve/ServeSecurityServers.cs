using System.Collections.Concurrent;
using DocsGen.Diagnostics;
using DocsGen.Mock;
using DocsGen.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Tests.Serve;

/// <summary>
/// What the security tests attack, started once for the class (a dev server builds for seconds): `docsgen serve`
/// of Fixtures/Mock/ProxySite with --proxy to an upstream API on 127.0.0.1 that answers HTML with its own CORS
/// headers, and `docsgen mock` of Fixtures/Mock/orders.yaml. All on random ports of 127.0.0.1.
/// </summary>
public sealed class ServeSecurityServers : IAsyncLifetime
{
    public static readonly string SiteRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "ProxySite");

    private WebApplication _upstream = null!;

    public DevServer Serve { get; private set; } = null!;

    public MockHost Mock { get; private set; } = null!;

    public string UpstreamUrl { get; private set; } = "";

    /// <summary>"METHOD /path" of every request that reached the upstream API.</summary>
    public ConcurrentQueue<string> UpstreamReceived { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _upstream = builder.Build();
        _upstream.Run(async context =>
        {
            UpstreamReceived.Enqueue($"{context.Request.Method} {context.Request.Path} proxy-header={context.Request.Headers.ContainsKey(ProxyEndpoints.RequiredHeader)}");
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlAllowCredentials = "true";
            context.Response.Headers.ContentSecurityPolicy = "script-src *";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<script>alert(document.domain)</script>");
        });
        await _upstream.StartAsync();
        UpstreamUrl = _upstream.Urls.First().TrimEnd('/');

        Serve = new DevServer(new DevServerOptions
        {
            Root = SiteRoot,
            Port = 0,
            Extensions = [MockEndpoints.MapForDevServer, ProxyEndpoints.For([new Uri(UpstreamUrl).Authority])],
        });
        await Serve.StartAsync();

        var diagnostics = new DiagnosticBag();
        Mock = await MockHost.StartAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"), "127.0.0.1", 0, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToList()));
    }

    public async Task DisposeAsync()
    {
        await Mock.DisposeAsync();
        await Serve.DisposeAsync();
        await _upstream.StopAsync();
        await _upstream.DisposeAsync();
    }
}
