using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// Prism (@stoplight/prism-cli), a third-party mock that validates requests against the spec,
/// must accept what the playground sends for every operation of the demo API as a reader gets it:
/// prefilled examples, an API key, the "Custom URL" server pointed at Prism.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrismSpecs(ChromiumFixture chromium, ITestOutputHelper output)
{
    private static string PrismBinary => Path.Combine(RepositoryPaths.Root, "tests", ".artifacts", "prism", "node_modules", ".bin", "prism");

    [Fact]
    public async Task Prism_accepts_the_request_the_playground_sends_for_every_demo_operation()
    {
        Assert.True(File.Exists(PrismBinary), $"Prism is not installed at {PrismBinary}; run the Prism install line of tests/run-all.sh.");
        var clock = Stopwatch.StartNew();
        // The site builds while both Prism processes start.
        string[] versions = ["v2", "v1"];
        var specPaths = versions.Select(v => Path.Combine(RepositoryPaths.Root, "content", "versions", v, "api", "acme-pay.yaml")).ToArray();
        var prisms = specPaths.Select(p => PrismProcess.StartAsync(PrismBinary, p)).ToArray();
        try
        {
            await CheckEveryOperation(versions, specPaths, prisms, clock);
        }
        finally
        {
            // Wait for a still-starting Prism too (WhenAny does not throw), so no process outlives the test.
            foreach (var starting in prisms)
            {
                await Task.WhenAny(starting);
                if (starting.IsCompletedSuccessfully)
                {
                    await (await starting).DisposeAsync();
                }
            }
        }
    }

    private async Task CheckEveryOperation(string[] versions, string[] specPaths, Task<PrismProcess>[] prisms, Stopwatch clock)
    {
        await using var site = await ServedSite.StartContentAsync();
        var ready = clock.Elapsed;
        // One tab per version, both at once: the page loads dominate the run time.
        var results = await Task.WhenAll(versions.Select((version, i) => CheckVersion(site, version, specPaths[i], prisms[i])));
        var failures = results.SelectMany(r => r.Failures).ToList();
        output.WriteLine($"Prism accepted {results.Sum(r => r.Accepted)} of {results.Sum(r => r.Accepted + r.Failures.Count)} requests ({string.Join(", ", versions.Select((v, i) => $"{v}: {results[i].Accepted}"))}) in {clock.Elapsed.TotalSeconds:F1} s (site built in {ready.TotalSeconds:F1} s).");
        Assert.True(failures.Count == 0, "Prism refused what the playground sent:\n" + string.Join("\n", failures));
    }

    private async Task<(int Accepted, List<string> Failures)> CheckVersion(ServedSite site, string version, string specPath, Task<PrismProcess> starting)
    {
        var operations = await OperationSlugs(specPath);
        Assert.NotEmpty(operations);
        var prism = await starting;
        var failures = new List<string>();
        var accepted = 0;
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        foreach (var (slug, label) in operations)
        {
            await page.GotoAsync(site.Url($"{version}/api/operations/{slug}/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.OpenPlaygroundAsync();
            await page.Locator("[data-pg=server]").SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
            await page.Locator("[data-pg=custom-url]").FillAsync(prism.Url);
            await page.Locator("[data-auth='apiKey:value']").FillAsync("sk_test_prism");
            // A reader picks a file for an upload field; nothing else can prefill one.
            var files = page.Locator("input[type=file][data-body-field]");
            for (var f = 0; f < await files.CountAsync(); f++)
            {
                await files.Nth(f).SetInputFilesAsync(new FilePayload { Name = "evidence.txt", MimeType = "text/plain", Buffer = "evidence"u8.ToArray() });
            }

            var response = await page.RunAndWaitForResponseAsync(
                () => page.Locator("[data-pg=send]").ClickAsync(),
                r => r.Url.StartsWith(prism.Url, StringComparison.Ordinal) && r.Request.Method != "OPTIONS");
            var headers = await response.AllHeadersAsync();
            var requestViolations = headers.TryGetValue("sl-violations", out var v) ? RequestViolations(v) : [];
            if (response.Status >= 400 || requestViolations.Count > 0)
            {
                failures.Add($"{version} {label}: {response.Request.Method} {response.Url} -> {response.Status} {string.Join("; ", requestViolations)}");
            }
            else
            {
                accepted++;
            }
        }

        return (accepted, failures);
    }

    /// <summary>Prism's sl-violations header lists request and response problems; only the request's concern the playground.</summary>
    private static List<string> RequestViolations(string header) =>
        [.. JsonDocument.Parse(header).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("location")[0].GetString() == "request")
            .Select(v => v.GetProperty("message").GetString() ?? "")];

    private static async Task<List<(string Slug, string Label)>> OperationSlugs(string specPath)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(specPath, specPath, diagnostics, CancellationToken.None);
        Assert.True(loaded is not null, string.Join("\n", diagnostics.ToList()));
        var spec = ApiModelBuilder.Build(loaded!, new ApiConfig { Spec = specPath, Prefix = "api", Id = "payments" }, diagnostics);
        return [.. spec.Operations.Select(o => (o.Slug, $"{o.Method} {o.Path}"))];
    }

    /// <summary>One `prism mock` process on a free port of 127.0.0.1, stopped (with its children) on dispose.</summary>
    private sealed class PrismProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private PrismProcess(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        public static async Task<PrismProcess> StartAsync(string binary, string specPath)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "mock", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1", specPath })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var prism = new PrismProcess(process, $"http://127.0.0.1:{port}");
            using var client = new HttpClient();
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
            {
                Assert.False(process.HasExited, "Prism exited while starting.");
                try
                {
                    using var _ = await client.GetAsync(prism.Url + "/");
                    return prism;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
            }

            await prism.DisposeAsync();
            throw new TimeoutException("Prism did not start listening within 60 s.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
