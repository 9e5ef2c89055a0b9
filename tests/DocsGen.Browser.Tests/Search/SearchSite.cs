using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;

namespace DocsGen.Browser.Tests.Search;

/// <summary>
/// Builds the search fixture site (tests/DocsGen.Tests/Fixtures/Search/site) once and opens its pages
/// in the collection's shared Chromium. The site is hosted under a sub-path of a made-up origin, as
/// on a CDN: requests to it are answered from the built folder by Playwright routing.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string Origin = "https://docs.example.test";
    public const string BasePath = "/docs/";

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "docsgen-search-browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>axe-core installed by `npm install --no-save axe-core@4` in tests/DocsGen.Browser.Tests.</summary>
    public static string AxePath()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "DocsGen.Browser.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"axe-core is missing at {path}: run `npm install --no-save --no-package-lock axe-core@4` in tests/DocsGen.Browser.Tests.");
    }

    public async Task InitializeAsync()
    {
        var root = Path.Combine(RepositoryPaths.Root, "tests", "DocsGen.Tests", "Fixtures", "Search", "site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Fixture site failed to build:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    /// <summary>A fresh tab whose requests to the site are served from the built folder.</summary>
    /// <param name="beforeLoad">Runs before the page loads: routes it adds take precedence over the site's.</param>
    public async Task<BrowserTab> OpenAsync(ChromiumFixture chromium, string url, bool javaScript = true, Func<IPage, Task>? beforeLoad = null)
    {
        var tab = await chromium.OpenTabAsync(javaScript);
        await tab.Page.Context.RouteAsync(Origin + "/**", Serve);
        if (beforeLoad is not null)
        {
            await beforeLoad(tab.Page);
        }

        await tab.Page.GotoAsync(Origin + BasePath + url);
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
        var path = new Uri(route.Request.Url).AbsolutePath;
        var file = path.StartsWith(BasePath, StringComparison.Ordinal) ? Path.Combine(Output, path[BasePath.Length..]) : "";
        if (path.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }

        if (file.Length == 0 || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
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
        _ => "application/octet-stream",
    };
}
