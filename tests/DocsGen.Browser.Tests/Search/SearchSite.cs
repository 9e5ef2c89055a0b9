using DocsGen.Build;

namespace DocsGen.Browser.Tests.Search;

/// <summary>
/// Builds the search fixture site (tests/DocsGen.Tests/Fixtures/Search/site) once and opens it in
/// Debian's Chromium. Requests to the site's base URL are answered from the built folder by
/// Playwright routing, so no port and no network are involved.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string Origin = "https://docs.example.test";
    public const string BasePath = "/docs/";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "docsgen-search-browser-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>axe-core installed by `npm install --no-save axe-core@4` in tests/DocsGen.Browser.Tests.</summary>
    public static string AxePath()
    {
        var path = Path.Combine(RepoRoot(), "tests", "DocsGen.Browser.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"axe-core is missing at {path}: run `npm install --no-save --no-package-lock axe-core@4` in tests/DocsGen.Browser.Tests.");
    }

    public async Task InitializeAsync()
    {
        var root = Path.Combine(RepoRoot(), "tests", "DocsGen.Tests", "Fixtures", "Search", "site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Fixture site failed to build:\n" + string.Join('\n', result.Diagnostics));
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Args = ChromiumArgs });
    }

    /// <summary>A fresh page whose requests to the site are served from the built folder.</summary>
    public async Task<IPage> OpenAsync(string url, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        await context.RouteAsync(Origin + "/**", Serve);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Origin + BasePath + url);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
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
