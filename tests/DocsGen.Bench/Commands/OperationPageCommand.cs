using System.Globalization;
using System.Text.Json;
using DocsGen.Bench.Measurement;
using DocsGen.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DocsGen.Bench.Commands;

/// <summary>
/// The reader's view of the heaviest operation page of a big real spec (issue 20's targets: at most 100 KB moved at
/// first view, every CSS, JS and JSON the page loads at start included; the operation visible within 0.25 s). Builds the
/// spec with the docsgen program, finds the operation page with the most bytes of its own (HTML and playground.json;
/// the theme's files are the same for every page), serves the site from a gzip static host on 127.0.0.1
/// (<see cref="GzipStaticHost"/>) and opens the page several times in headless Chromium (Playwright, Debian's
/// /usr/bin/chromium), each time in a fresh context (nothing cached, as for a reader arriving from a search engine).
/// Figures are Chromium's own (<see cref="FirstView"/>): bytes from Resource Timing, "operation painted" from Element
/// Timing on the operation's heading. Prints the figures and the load average; asserts nothing.
/// </summary>
internal sealed class OperationPageCommand : IBenchCommand
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly Dictionary<string, string> Specs = new(StringComparer.Ordinal)
    {
        ["stripe"] = "stripe-2023-09-12.yaml",
        ["github"] = "github-2022-06-11.json",
        ["kubernetes"] = "kubernetes-1.36-swagger.json",
    };

    // The browser tests' flags, plus what Puppeteer also turns off by default: each new window of this Chromium preloads
    // its address bar's suggestion popup as a WebUI page (a renderer of its own, ~250 ms of CPU), which would compete with
    // the measured page for the machine's two cores although no reader's browser does it on following a link.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI",
    ];

    public string Name => "operation-page";

    public string Usage => "operation-page [stripe|github|kubernetes] [--runs N] [--width PX] [--trace FILE]";

    public string Description => "Heaviest operation page of a real spec in headless Chromium: bytes moved (gzip host), time to the operation painted.";

    public async Task<int> RunAsync(string[] args)
    {
        var name = "stripe";
        var runs = 9;
        var width = 1280;
        string? trace = null;
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
            else if (args[i] == "--trace" && i + 1 < args.Length)
            {
                trace = Path.GetFullPath(args[++i]);
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
                .Where(folder => File.Exists(Path.Combine(folder, "index.html"))).Order(StringComparer.Ordinal).ToList();
            var heaviest = pages.MaxBy(OwnBytes)!;
            var path = Path.GetRelativePath(output, heaviest).Replace('\\', '/') + "/";
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; {Environment.OSVersion}; .NET {Environment.Version}; Chromium {Chromium}; load average {LoadAverage()}");
            Console.WriteLine($"{name}: {pages.Count:N0} operation pages; heaviest /{path} ({OwnBytes(heaviest) / 1024.0:N1} KB of HTML and playground.json on disk)");

            await using var host = await GzipStaticHost.StartAsync(output);
            var samples = await MeasureAsync(host.Url + path, runs, width, trace);
            Console.WriteLine();
            Console.Write(TextTable.Format(
                ["run", "moved KB", "uncompressed KB", "files", "HTML in ms", "first paint ms", "operation painted ms", "LCP ms", "DOMContentLoaded ms", "load ms"],
                [.. samples.Select((s, i) => new[]
                {
                    (i + 1).ToString(CultureInfo.InvariantCulture), N(s.MovedBytes / 1024.0, "0.0"), N(s.UncompressedBytes / 1024.0, "0.0"), s.Files.Count.ToString(CultureInfo.InvariantCulture),
                    N(s.HtmlReceived, "0"), N(s.FirstContentfulPaint, "0"), N(s.OperationPainted, "0"), N(s.LargestContentfulPaint, "0"), N(s.DomContentLoaded, "0"), N(s.Load, "0"),
                })]));
            var median = samples.OrderBy(s => s.OperationPainted).ElementAt(samples.Count / 2);
            Console.WriteLine();
            Console.WriteLine($"Files of the median run ({median.Elements:N0} elements in the page):");
            Console.Write(TextTable.Format(["path", "moved bytes", "uncompressed bytes"],
                [.. median.Files.Select(f => new[] { f.Path, f.MovedBytes.ToString("N0", CultureInfo.InvariantCulture), f.UncompressedBytes.ToString("N0", CultureInfo.InvariantCulture) })]));
            Console.WriteLine();
            Console.WriteLine($"Medians of {runs} runs at {width} px (load average now {LoadAverage()}): {Median(samples, s => s.MovedBytes) / 1024.0:N1} KB moved gzip-compressed " +
                $"({Median(samples, s => s.UncompressedBytes) / 1024.0:N1} KB uncompressed; target <= 100 KB moved); first paint {Median(samples, s => s.FirstContentfulPaint) / 1000.0:N3} s; " +
                $"operation painted {Median(samples, s => s.OperationPainted) / 1000.0:N3} s (target <= 0.25 s); load {Median(samples, s => s.Load) / 1000.0:N3} s (after one unrecorded warm-up visit).");
            if (trace is not null)
            {
                Console.WriteLine($"Chromium performance trace of the last run: {trace} (open in chrome://tracing or Perfetto).");
            }

            return 0;
        }
        finally
        {
            Folders.DeleteQuietly(work);
        }
    }

    /// <summary>Bytes only this page brings: its HTML and its playground data (the theme's files are shared by all pages).</summary>
    private static long OwnBytes(string folder) =>
        new[] { "index.html", "playground.json" }.Select(f => Path.Combine(folder, f)).Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static double Median(IReadOnlyList<FirstView> samples, Func<FirstView, double> figure) =>
        samples.Select(figure).Order().ElementAt(samples.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<string> BuildAsync(string name, string spec, string work)
    {
        OneSpecSite.Write(work, name, spec, baseUrl: null);
        Console.Error.WriteLine($"Building {name} with docsgen...");
        var output = Path.Combine(work, "_site");
        var run = await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "docsgen.dll"), "build", work, "--output", output], work);
        return run.ExitCode == 0 ? output : throw new InvalidOperationException($"docsgen build of {name} failed ({run.ExitCode}):\n{run.Output}");
    }

    private static async Task<List<FirstView>> MeasureAsync(string url, int runs, int width, string? trace)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        // One unrecorded visit first: Chromium's first page of a session pays its own start-up (processes, caches).
        await using (var warmUp = await browser.NewContextAsync())
        {
            await FirstView.MeasureAsync(await warmUp.NewPageAsync(), url);
        }

        var samples = new List<FirstView>();
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            if (trace is not null && i == runs - 1)
            {
                samples.Add(await TracedAsync(context, page, url, trace));
                continue;
            }

            samples.Add(await FirstView.MeasureAsync(page, url));
        }

        return samples;
    }

    /// <summary>One measured run with Chromium's performance trace (what DevTools' Performance panel records) written to a file.</summary>
    private static async Task<FirstView> TracedAsync(IBrowserContext context, IPage page, string url, string file)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        var events = new List<JsonElement>();
        var complete = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cdp.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            if (data is { } d)
            {
                events.AddRange(d.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute,toplevel",
            ["transferMode"] = "ReportEvents",
        });
        var figures = await FirstView.MeasureAsync(page, url);
        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { traceEvents = events }));
        return figures;
    }

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
