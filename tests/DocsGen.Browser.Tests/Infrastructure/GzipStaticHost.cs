using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>
/// A built site published on a plain static host, as GitHub Pages or Netlify serve one: files only, over real HTTP on
/// 127.0.0.1, `dir/` answered by `dir/index.html`, and text (HTML, CSS, JS, JSON, SVG, Markdown) sent gzip-compressed
/// at zlib's default level 6 when the browser asks for it. Chromium asks for gzip over plain HTTP (brotli only over
/// HTTPS), so what the browser reports as moved is what a reader on such a host downloads.
/// Also compiled into the bench (tests/DocsGen.Bench), so both measure pages the same way.
/// </summary>
public sealed class GzipStaticHost : IAsyncDisposable
{
    private static readonly string[] TextTypes =
        ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml", "text/markdown"];

    private readonly WebApplication _app;

    private GzipStaticHost(WebApplication app) => _app = app;

    /// <summary>The host's address, ending in "/".</summary>
    public string Url => _app.Urls.First().TrimEnd('/') + "/";

    public static async Task<GzipStaticHost> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = TextTypes;
        });
        var app = builder.Build();
        app.UseResponseCompression();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        return new GzipStaticHost(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
