using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// The bundled site (content/: DocsGen's own docs and the Acme Pay demo), built once into a temp folder and answered
/// from there by Playwright routing on a made-up origin, as a static host would: a missing file gets the site's 404.html.
/// </summary>
public sealed class BundledSite : IAsyncLifetime
{
    public const string Origin = "https://bundled.docsgen.test";

    /// <summary>One page of each kind a reader meets, by the name the tests use.</summary>
    public static readonly IReadOnlyDictionary<string, string> PageKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "v2/",
        ["guide"] = "v2/payments-api/first-payment/",
        ["tabs"] = "v2/guides/markdown-feature-tour/",
        ["operation"] = "v2/api/operations/createpayment/",
        ["schema"] = "v2/api/schemas/payment/",
        ["tag"] = "v2/api/tags/payments/",
        ["changelog"] = "v2/api/changelog/",
        ["coverage"] = "v2/coverage/",
        ["404"] = "v2/no-such-page/",
    };

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "docsgen-browser-tests", "bundled-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = Path.Combine(RepositoryPaths.Root, "content"), Output = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("content/ does not build:\n" + string.Join('\n', result.Diagnostics.Take(15)));
        }
    }

    public static string Url(string path) => Origin + "/" + path.TrimStart('/');

    /// <summary>A fresh tab of the given size and colour scheme, its requests to the site answered from the built folder.</summary>
    public async Task<BrowserTab> OpenAsync(ChromiumFixture chromium, string path, int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var tab = await chromium.OpenTabAsync(javaScript);
        await tab.Page.SetViewportSizeAsync(width, height);
        await tab.Page.EmulateMediaAsync(new() { ColorScheme = scheme, ReducedMotion = ReducedMotion.Reduce });
        await tab.Page.Context.RouteAsync(Origin + "/**", Serve);
        await tab.Page.GotoAsync(Url(path));
        return tab;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }

    private async Task Serve(IRoute route)
    {
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(Output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path));
        if (!file.StartsWith(Output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = await File.ReadAllBytesAsync(Path.Combine(Output, "404.html")) });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".md" => "text/markdown; charset=utf-8",
        ".yaml" => "text/yaml; charset=utf-8",
        _ => "application/octet-stream",
    };
}
