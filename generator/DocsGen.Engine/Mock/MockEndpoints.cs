using System.Runtime.CompilerServices;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
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
        // One mock per API model: a rebuild after a spec edit makes a new model (an unchanged spec keeps its own),
        // so edits apply and the old mocks are collected.
        var mocks = new ConditionalWeakTable<ApiSpec, Task<MockServer?>>();
        app.Map("/__mock/{version}/{api}/{**rest}", async (HttpContext context, string version, string api, string? rest) =>
        {
            var site = server.Site;
            var spec = site is not null && site.Versions.TryGetValue(version, out var pages)
                ? pages.All.Select(p => p.Model).OfType<ApiSpec>().FirstOrDefault(s => s.Id == api)
                : null;
            var config = site?.Config.Versions.FirstOrDefault(v => v.Id == version)?.Apis.FirstOrDefault(a => a.Id == api);
            var mock = spec is null || config is null ? null : await mocks.GetValue(spec, s => LoadAsync(s, config.Spec, site!.Config.ReadRoots, server.Hosts));
            if (mock is null)
            {
                await MockServer.Problem(context, 404, $"No API '{api}' in version '{version}'", []);
                return;
            }

            await mock.HandleAsync(context, "/" + rest);
        });
    }

    // The site build keeps the page model only; the mock needs the document's schemas, so it reads the spec once more.
    private static async Task<MockServer?> LoadAsync(ApiSpec spec, string specPath, Files.ReadRoots roots, HostAllowlist hosts)
    {
        var loaded = await SpecLoader.LoadAsync(specPath, Path.GetFileName(specPath), roots, new DiagnosticBag(), CancellationToken.None);
        return loaded is null ? null : new MockServer(spec, loaded.Document, hosts);
    }

    /// <summary>Maps one mock at the root of <paramref name="routes"/> (standalone `docsgen mock`).</summary>
    public static void MapSpec(IEndpointRouteBuilder routes, MockServer mock) =>
        routes.Map("/{**rest}", (HttpContext context, string? rest) => mock.HandleAsync(context, "/" + rest));
}
