using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>
/// A Kestrel server on 127.0.0.1 that implements the run-samples fixture's shop API wrongly: an order
/// with a numeric id and no status, a status the spec does not know, and an HTML page where the spec documents a JSON problem.
/// </summary>
internal sealed class WrongServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WrongServer(WebApplication app) => _app = app;

    public Uri Url => new(_app.Urls.First());

    public static async Task<WrongServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(async context =>
        {
            var response = context.Response;
            switch ($"{context.Request.Method} {context.Request.Path}")
            {
                case "GET /orders/ord_1":
                    response.ContentType = "application/json";
                    await response.WriteAsync("""{"id": 1, "item": "espresso", "quantity": 2}""");
                    break;
                case "POST /orders":
                    response.StatusCode = 418;
                    break;
                case "DELETE /orders/ord_1":
                    response.StatusCode = 401;
                    response.ContentType = "text/html";
                    await response.WriteAsync("<h1>Sign in</h1>");
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
        });
        await app.StartAsync();
        return new WrongServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
