using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DocsGen.Bench.SearchTyping;

/// <summary>
/// A built site served over real HTTP on 127.0.0.1 (Kestrel, a free port), as a static host would: files as they
/// are on disk, index.html for a folder. The browser then fetches the search index through its own network stack,
/// not through Playwright's routing, whose round trips to the driver would be counted in the timings.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The server's address, ending in "/".</summary>
    public string Url { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        return new StaticSiteServer(app, app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
