using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Tests.Checks;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, free port) that misbehaves in the ways external sites do,
/// and counts what it was asked so tests can see retries, fallbacks and cache hits from the server's side.
/// </summary>
internal sealed class FlakyHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    private FlakyHost(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First().TrimEnd('/');

    /// <summary>Most requests to /delay/* the server handled at the same time.</summary>
    public int MaxConcurrentDelays => _maxInFlight;

    public string Url(string path) => BaseUrl + path;

    /// <summary>Requests seen for a path, all methods ("/ok"), or one method ("HEAD /ok").</summary>
    public int Requests(string key) => key.Contains(' ')
        ? _requests.GetValueOrDefault(key)
        : _requests.Where(r => r.Key.EndsWith(" " + key, StringComparison.Ordinal)).Sum(r => r.Value);

    public int TotalRequests => _requests.Values.Sum();

    public static async Task<FlakyHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var host = new FlakyHost(app);
        app.Run(host.HandleAsync);
        await app.StartAsync();
        return host;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate($"{context.Request.Method} {path}", 1, (_, n) => n + 1);
        var response = context.Response;
        switch (path)
        {
            case "/ok":
                response.StatusCode = 200;
                break;
            case "/moved-1":
                Redirect(response, 301, "/moved-2");
                break;
            case "/moved-2":
                Redirect(response, 301, "/ok");
                break;
            case "/temporary":
                Redirect(response, 302, "/ok");
                break;
            case "/moved-to-gone":
                Redirect(response, 301, "/gone");
                break;
            case "/gone":
                response.StatusCode = 404;
                break;
            case "/busy":
                // Rate limited on the first request only; the second, after Retry-After, succeeds.
                var busyCount = Requests("/busy");
                response.StatusCode = busyCount == 1 ? 429 : 200;
                if (busyCount == 1)
                {
                    response.Headers.RetryAfter = "1";
                }

                break;
            case "/always-busy":
                response.StatusCode = 429;
                response.Headers.RetryAfter = "3600";
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { });
                response.StatusCode = 200;
                break;
            case "/reset":
                context.Abort();
                return;
            case "/no-head":
                response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? 405 : 200;
                break;
            case var delay when delay.StartsWith("/delay/", StringComparison.Ordinal):
                var now = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref _maxInFlight, now);
                await Task.Delay(150);
                Interlocked.Decrement(ref _inFlight);
                response.StatusCode = 200;
                break;
            default:
                response.StatusCode = 404;
                break;
        }

    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
