using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// A tiny API on 127.0.0.1 with permissive CORS: records what it received and answers with a
/// hostile HTML body, so tests can check the playground sends the right things and renders nothing.
/// </summary>
public sealed class EchoApi : IAsyncDisposable
{
    public const string HostileBody = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

    private readonly WebApplication _app;

    private EchoApi(WebApplication app) => _app = app;

    public string Url => _app.Urls.First().TrimEnd('/');

    public ConcurrentQueue<(string Method, string PathAndQuery, Dictionary<string, string> Headers, string Body)> Received { get; } = new();

    public static async Task<EchoApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new EchoApi(app);
        app.Run(async context =>
        {
            var headers = context.Response.Headers;
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlAllowHeaders = "*";
            headers.AccessControlAllowMethods = "*";
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.StatusCode = 204;
                return;
            }

            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            api.Received.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(HostileBody);
        });
        await app.StartAsync();
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
