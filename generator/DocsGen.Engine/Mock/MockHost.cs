using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;

namespace DocsGen.Mock;

/// <summary>`docsgen mock SPEC`: one spec's mock server on its own Kestrel.</summary>
public sealed class MockHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MockHost(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>e.g. http://127.0.0.1:4010/</summary>
    public string Url { get; }

    /// <summary>Loads the spec and starts listening; null (with diagnostics) when the spec does not load.</summary>
    public static async Task<MockHost?> StartAsync(string specPath, string host, int port, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(specPath);
        var loaded = await SpecLoader.LoadAsync(full, specPath, diagnostics, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var spec = ApiModelBuilder.Build(loaded, new ApiConfig { Spec = full, Prefix = "api", Id = Path.GetFileNameWithoutExtension(full) }, diagnostics);
        return await StartAsync(spec, loaded.Document, host, port, cancellationToken);
    }

    public static async Task<MockHost> StartAsync(ApiSpec spec, OpenApiDocument document, string host, int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseUrls($"http://{HostAllowlist.UrlHost(host)}:{port}");
        var app = builder.Build();
        var hosts = new HostAllowlist(host);
        hosts.Enforce(app);
        MockEndpoints.MapSpec(app, new MockServer(spec, document, hosts));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // The port is taken: nothing of this host may stay behind.
            await app.DisposeAsync();
            throw;
        }

        return new MockHost(app, app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
