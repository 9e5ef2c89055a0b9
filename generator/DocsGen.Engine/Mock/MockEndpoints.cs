using System.Runtime.CompilerServices;
using DocsGen.OpenApi.Model;
using DocsGen.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DocsGen.Mock;

/// <summary>Where mock servers are mounted: under `docsgen serve` and on their own.</summary>
public static class MockEndpoints
{
    /// <summary>The base path of a spec's mock under `docsgen serve`, without the site base path.</summary>
    public static string SitePath(string version, string apiId) => $"__mock/{version}/{apiId}";

    /// <summary>
    /// A <see cref="DevServerOptions.Extensions"/> entry: /__mock/{version}/{api id}/... for every spec
    /// of every version, looked up in the latest build so edits to a spec apply after the rebuild.
    /// </summary>
    public static void MapForDevServer(WebApplication app, DevServer server)
    {
        var mocks = new ConditionalWeakTable<ApiSpec, MockServer>();
        app.Map("/__mock/{version}/{api}/{**rest}", async (HttpContext context, string version, string api, string? rest) =>
        {
            var spec = server.Site is { } site && site.Versions.TryGetValue(version, out var pages)
                ? pages.All.Select(p => p.Model).OfType<ApiSpec>().FirstOrDefault(s => s.Id == api)
                : null;
            if (spec is null)
            {
                await MockServer.Problem(context, 404, $"No API '{api}' in version '{version}'", []);
                return;
            }

            await mocks.GetValue(spec, s => new MockServer(s)).HandleAsync(context, "/" + rest);
        });
    }

    /// <summary>Maps one spec's mock at the root of <paramref name="routes"/> (standalone `docsgen mock`).</summary>
    public static void MapSpec(IEndpointRouteBuilder routes, ApiSpec spec)
    {
        var mock = new MockServer(spec);
        routes.Map("/{**rest}", (HttpContext context, string? rest) => mock.HandleAsync(context, "/" + rest));
    }
}
