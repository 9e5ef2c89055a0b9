using System.Globalization;
using DocsGen.Bench.Measurement;
using Microsoft.Playwright;

namespace DocsGen.Bench.Commands;

/// <summary>
/// The reader's view of the heaviest operation page of a big real spec (issue 20's targets: at most 100 KB of HTML, CSS
/// and JS moved at first view, the first operation visible within 0.25 s): builds the spec with the docsgen program,
/// finds the page with the most bytes, and opens it several times in headless Chromium (Playwright, Debian's
/// /usr/bin/chromium) with the files answered from disk, so the figures are the browser's work, not a network's.
/// Prints the figures; asserts nothing.
/// </summary>
internal sealed class OperationPageCommand : IBenchCommand
{
    private const string Origin = "https://bench.example";

    private const string Chromium = "/usr/bin/chromium";

    private static readonly Dictionary<string, string> Specs = new(StringComparer.Ordinal)
    {
        ["stripe"] = "stripe-2023-09-12.yaml",
        ["github"] = "github-2022-06-11.json",
        ["kubernetes"] = "kubernetes-1.36-swagger.json",
    };

    // Runs before the page's own scripts: the first animation frame in which the operation's method and path are laid
    // out inside the viewport is the frame that paints them.
    private const string VisibleProbe = """
        (() => {
          const check = () => {
            const el = document.querySelector(".api-endpoint");
            const r = el && el.getBoundingClientRect();
            if (r && r.height > 0 && r.top < innerHeight) { window.__operationVisible = performance.now(); return; }
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        })();
        """;

    public string Name => "operation-page";

    public string Usage => "operation-page [stripe|github|kubernetes] [--runs N] [--width PX]";

    public string Description => "Heaviest operation page of a real spec in headless Chromium: bytes moved, time to first operation visible.";

    public async Task<int> RunAsync(string[] args)
    {
        var name = "stripe";
        var runs = 7;
        var width = 1280;
        for (var i = 0; i < args.Length; i++)
        {
            if (Specs.ContainsKey(args[i]))
            {
                name = args[i];
            }
            else if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                runs = n;
            }
            else if (args[i] == "--width" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var w) && w > 0)
            {
                width = w;
            }
            else
            {
                Console.Error.WriteLine($"operation-page: unexpected argument '{args[i]}'. Usage: {Usage}");
                return 2;
            }
        }

        var spec = Folders.SharedCorpus() is { } corpus ? Path.Combine(corpus, "specs", Specs[name]) : null;
        if (spec is null || !File.Exists(spec))
        {
            Console.Error.WriteLine($"operation-page: {Specs[name]} was not found in ../shared/corpus/specs beside the checkout.");
            return 2;
        }

        if (!File.Exists(Chromium))
        {
            Console.Error.WriteLine($"operation-page: Chromium is not installed at {Chromium} (apt-get install -y chromium).");
            return 2;
        }

        var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"operation-page-{name}-{Environment.ProcessId}");
        Folders.DeleteQuietly(work);
        Directory.CreateDirectory(Path.Combine(work, "versions", "v1"));
        try
        {
            var output = await BuildAsync(name, spec, work);
            var pages = Directory.EnumerateDirectories(Path.Combine(output, "v1", "api", "operations"))
                .Select(folder => Path.Combine(folder, "index.html")).Where(File.Exists).Order(StringComparer.Ordinal).ToList();
            var heaviest = PageWeight.Heaviest(pages, output, Origin + "/")!;
            var url = Origin + "/" + Path.GetRelativePath(output, Path.GetDirectoryName(heaviest.Path)!).Replace('\\', '/') + "/";
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}; Chromium {Chromium}");
            Console.WriteLine($"{name}: {pages.Count:N0} operation pages; heaviest {url}");
            Console.WriteLine($"On disk: {heaviest.HtmlBytes / 1024.0:N1} KB HTML + {heaviest.AssetBytes / 1024.0:N1} KB CSS/JS = {heaviest.TotalBytes / 1024.0:N1} KB (budget 100 KB); {heaviest.OnDemandBytes / 1024.0:N1} KB more on demand");

            var samples = await MeasureAsync(output, url, runs, width);
            Console.WriteLine();
            Console.Write(TextTable.Format(
                ["run", "moved KB (html+css+js)", "requests", "first paint ms", "operation visible ms", "load ms"],
                [.. samples.Select((s, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), N(s.Bytes / 1024.0, "0.0"), s.Requests.ToString(CultureInfo.InvariantCulture), N(s.FirstPaint, "0"), N(s.OperationVisible, "0"), N(s.Load, "0") })]));
            var median = samples.OrderBy(s => s.OperationVisible).ElementAt(samples.Count / 2);
            Console.WriteLine($"Median of {runs} runs at {width} px: {median.Bytes / 1024.0:N1} KB moved (target <= 100 KB), first operation visible at {median.OperationVisible / 1000.0:N3} s (target <= 0.25 s). The first run includes Chromium's warm-up.");
            return 0;
        }
        finally
        {
            Folders.DeleteQuietly(work);
        }
    }

    private sealed record Sample(long Bytes, int Requests, double FirstPaint, double OperationVisible, double Load);

    private static async Task<string> BuildAsync(string name, string spec, string work)
    {
        File.WriteAllText(Path.Combine(work, "docsgen.yml"), $"""
            title: Bench {name}
            readRoots: ['{Path.GetDirectoryName(spec)!.Replace("'", "''", StringComparison.Ordinal)}']
            versions:
              - id: v1
                apis:
                  - id: api
                    spec: '{spec.Replace("'", "''", StringComparison.Ordinal)}'
                    prefix: api
            """);
        File.WriteAllText(Path.Combine(work, "versions", "v1", "index.md"), $"# {name}\n");
        Console.Error.WriteLine($"Building {name} with docsgen...");
        var output = Path.Combine(work, "_site");
        var run = await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "docsgen.dll"), "build", work, "--output", output], work);
        return run.ExitCode == 0 ? output : throw new InvalidOperationException($"docsgen build of {name} failed ({run.ExitCode}):\n{run.Output}");
    }

    private static async Task<List<Sample>> MeasureAsync(string output, string url, int runs, int width)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var samples = new List<Sample>();
        for (var i = 0; i < runs; i++)
        {
            // A fresh context per run: nothing cached, as for a reader arriving from a search engine.
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            long bytes = 0;
            var requests = 0;
            await context.RouteAsync(Origin + "/**", async route =>
            {
                var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
                var file = Path.Combine(output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path);
                if (!File.Exists(file))
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
                    return;
                }

                var body = await File.ReadAllBytesAsync(file);
                if (Path.GetExtension(file) is ".html" or ".css" or ".js")
                {
                    Interlocked.Add(ref bytes, body.Length);
                    Interlocked.Increment(ref requests);
                }

                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(file), BodyBytes = body });
            });
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync(VisibleProbe);
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync("() => window.__operationVisible !== undefined");
            var figures = await page.EvaluateAsync<double[]>("""
                () => {
                  const paint = performance.getEntriesByName("first-contentful-paint")[0];
                  const nav = performance.getEntriesByType("navigation")[0];
                  return [paint ? paint.startTime : -1, window.__operationVisible, nav ? nav.loadEventStart : -1];
                }
                """);
            samples.Add(new Sample(Interlocked.Read(ref bytes), requests, figures[0], figures[1], figures[2]));
        }

        return samples;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
