using System.Diagnostics;
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
    [Fact]
    public async Task Prism_accepts_the_request_the_playground_sends_for_every_demo_operation()
    {
        var clock = Stopwatch.StartNew();
        // The site builds while both Prism processes start.
        string[] versions = ["v2", "v1"];
        var specPaths = versions.Select(v => Path.Combine(RepositoryPaths.Root, "content", "versions", v, "api", "acme-pay.yaml")).ToArray();
        var prisms = specPaths.Select(p => PrismProcess.StartAsync(p)).ToArray();
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
}
