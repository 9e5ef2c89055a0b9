namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for a whole test collection, driven by Playwright. Playwright's own
/// browser download is never used: the machine's /usr/bin/chromium is, as tests/run-all.sh installs it.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Generous for a loaded 2-core machine; a passing step takes far less.</summary>
    private const float StepTimeoutMs = 15_000;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. Run 'bash tests/run-all.sh' (it installs Debian's chromium package), " +
                "or 'apt-get install -y chromium' yourself.");
        }

        SetDefaultExpectTimeout(StepTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (own cookies and localStorage) with one open page; disposing closes both.</summary>
    /// <param name="width">Viewport width in CSS pixels; Playwright's default (1280) when null. Operation pages have two columns from 1200.</param>
    public async Task<BrowserTab> OpenTabAsync(bool javaScriptEnabled = true, int? width = null)
    {
        var options = new BrowserNewContextOptions { JavaScriptEnabled = javaScriptEnabled };
        if (width is { } w)
        {
            options.ViewportSize = new ViewportSize { Width = w, Height = 720 };
        }

        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(StepTimeoutMs);
        context.SetDefaultNavigationTimeout(StepTimeoutMs);
        return new BrowserTab(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
