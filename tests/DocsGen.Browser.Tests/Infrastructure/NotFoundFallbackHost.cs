using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>
/// A built site on a host like GitHub Pages: files only, under a base path, over real HTTP on 127.0.0.1, `dir/`
/// answered by `dir/index.html`, and any missing path answered by the site's 404.html with status 404. No redirect
/// rules: what the site does for a missing address, it does in that page.
/// </summary>
public sealed class NotFoundFallbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _basePath;

    private NotFoundFallbackHost(WebApplication app, string basePath)
    {
        _app = app;
        _basePath = basePath;
    }

    /// <summary>The site's address: the host's, then the base path (ending in "/").</summary>
    public string SiteUrl => _app.Urls.First().TrimEnd('/') + _basePath;

    /// <summary>The paths the browser asked for, with their status, in order.</summary>
    public List<(string Path, int Status)> Requests { get; } = [];

    /// <param name="basePath">Where the site lives on the host, like a project site's "/repo/": "/" or "/docs/".</param>
    public static async Task<NotFoundFallbackHost> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var host = new NotFoundFallbackHost(app, basePath);
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var under = new PathString(basePath.TrimEnd('/'));
        app.Use(async (context, next) =>
        {
            await next(context);
            lock (host.Requests)
            {
                host.Requests.Add((context.Request.Path + context.Request.QueryString, context.Response.StatusCode));
            }
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = under });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = under, ServeUnknownFileTypes = true });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
