using System.Diagnostics;
using System.Text.Json;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Mock;
using DocsGen.Serve;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// A new reader's first call on real public specs (../shared/corpus): seeded random operations, each
/// page opened in Chromium, the key typed once per tab, Send pressed. Sent to Prism (a third-party
/// mock that validates requests against the spec) and to the mock of `docsgen serve`: at least 95%
/// must get a 2xx in at most two actions per operation, and Prism must report no request violation.
/// The server is chosen once, on the first page of the tab; it carries over like the key.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstCallSpecs(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const int Seed = 15;
    private const double RequiredSuccessRate = 0.95;
    private const int MinimumPrismOperations = 30;
    private const int MinimumPrismSpecs = 3;
    private const string Key = "sk_test_firstcall";
    private static readonly TimeSpan PrismLoadTimeout = TimeSpan.FromMinutes(5);

    // Prism 5.16 did not finish loading Stripe's 4.2 MB spec in 26 minutes (5.5 CPU-minutes) here.
    private static readonly CorpusApi Stripe = new("stripe", "stripe-2023-09-12.yaml", 10, NoPrism: "Prism 5.16 did not finish loading it within 26 min on this machine");
    // Prism 5.16 cannot load this spec offline: it reads the "$ref" keys inside SCIM example values
    // (/components/examples/scim-enterprise-group) as references and tries to download them.
    private static readonly CorpusApi GitHub = new("github", "github-2022-06-11.json", 10, NoPrism: "Prism 5.16 cannot load it offline (it downloads the $ref values of SCIM examples)");
    // Specs Prism 5.16 loads here within a minute (measured alone: Box 12 s, Rebilly 44 s, NPR 11 s, Press
    // Association 8 s, museum 8 s, the multi-file starter 9 s), chosen for what breaks a first call:
    // `pattern`s on ids and names, path and query parameters, JSON request bodies, and every kind of
    // credential (OAuth 2 token, bearer, API key in a header, HTTP basic).
    private static readonly CorpusApi Box = new("box", "apis-guru/box.com__2.0__openapi.yaml", 8);
    private static readonly CorpusApi Rebilly = new("rebilly", "apis-guru/rebilly.com__2.1__openapi.yaml", 8);
    private static readonly CorpusApi Npr = new("npr", "apis-guru/npr.org__Calcium.json", 5);
    private static readonly CorpusApi PressAssociation = new("pa", "apis-guru/pressassociation.io__2.0__swagger.yaml", 4);
    private static readonly CorpusApi Museum = new("museum", "museum/openapi.yaml", 4);
    private static readonly CorpusApi Twitter = new("twitter", "apis-guru/twitter.com__labs__2.7__openapi.yaml", 4);
    private static readonly CorpusApi Starter = new("starter", "multi-file/redocly-openapi-starter/openapi/openapi.yaml", 4);

    private static readonly CorpusApi[] PrismLoads = [Box, Rebilly, Npr, PressAssociation, Museum, Twitter, Starter];

    [Fact]
    [Trait("Category", "Slow")]
    public Task Seeded_operations_of_Stripe_GitHub_and_seven_specs_Prism_loads_succeed_on_the_first_send() => Run([Stripe, GitHub, .. PrismLoads]);

    [Fact]
    public Task Seeded_operations_of_seven_real_specs_succeed_on_the_first_send_against_Prism_and_the_serve_mock() => Run(PrismLoads);

    private async Task Run(CorpusApi[] apis)
    {
        var clock = Stopwatch.StartNew();
        var specs = RepositoryPaths.Corpus("specs");
        var root = WriteSite(specs, apis);
        var prisms = apis.Select(a => StartPrism(specs, a)).ToArray();
        try
        {
            await using var server = new DevServer(new DevServerOptions { Root = root, Port = 0, Extensions = [MockEndpoints.MapForDevServer] });
            await server.StartAsync();
            Assert.True(server.LastBuild is { Succeeded: true }, "The corpus site does not build:\n" + string.Join('\n', server.LastBuild?.Diagnostics ?? []));
            output.WriteLine($"Site with {string.Join(", ", apis.Select(a => a.Id))} built in {clock.Elapsed.TotalSeconds:F1} s; seed {Seed}.");

            // The served mock first (Prism may still be loading a large spec), then Prism.
            var tallies = new List<Tally>();
            var pages = apis.Select(a => SeededOperations(server.OutputDir, a)).ToList();
            for (var i = 0; i < apis.Length; i++)
            {
                tallies.Add(Printed(await SendEach(server, apis[i], pages[i], new Target("docsgen serve mock", server.Url + "__mock/"))));
            }

            for (var i = 0; i < apis.Length; i++)
            {
                if (await prisms[i] is { } prism)
                {
                    output.WriteLine($"Prism for {apis[i].Id} listening after {clock.Elapsed.TotalSeconds:F1} s.");
                    tallies.Add(Printed(await SendEach(server, apis[i], pages[i], new Target("Prism", prism.Url))));
                }
                else
                {
                    output.WriteLine($"{apis[i].Id}: sent to the docsgen serve mock only; {apis[i].NoPrism}.");
                }
            }

            Report(tallies, clock);
        }
        finally
        {
            foreach (var starting in prisms)
            {
                await Task.WhenAny(starting);
                if (starting.IsCompletedSuccessfully && await starting is { } prism)
                {
                    await prism.DisposeAsync();
                }
            }

            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<PrismProcess?> StartPrism(string specs, CorpusApi api) =>
        api.NoPrism is null ? await PrismProcess.StartAsync(Path.Combine(specs, api.Spec), PrismLoadTimeout) : null;

    private Tally Printed(Tally t)
    {
        output.WriteLine($"{t.Target}, {t.Api}: {t.Succeeded} of {t.Sent} answered 2xx, {t.Violations.Count} request violations.");
        return t;
    }

    private void Report(List<Tally> tallies, Stopwatch clock)
    {
        var problems = new List<string>();
        foreach (var target in tallies.GroupBy(t => t.Target))
        {
            int sent = target.Sum(t => t.Sent), succeeded = target.Sum(t => t.Succeeded);
            var violations = target.SelectMany(t => t.Violations).Distinct().ToList();
            var rate = sent == 0 ? 0 : (double)succeeded / sent;
            output.WriteLine($"{target.Key}: {succeeded} of {sent} requests answered 2xx ({rate:P0}) from {target.Count()} specs; " +
                $"per API: {string.Join(", ", target.Select(t => $"{t.Api} {t.Succeeded}/{t.Sent}"))}; " +
                $"{violations.Count} distinct Prism request violations; at most {target.Max(t => t.MostActions)} actions per operation (typing the key, Send), plus {target.Sum(t => t.FilesPicked)} files picked for uploads.");
            foreach (var failure in target.SelectMany(t => t.Failures))
            {
                output.WriteLine("  failed: " + failure);
            }

            if (rate < RequiredSuccessRate)
            {
                problems.Add($"{target.Key}: only {succeeded} of {sent} succeeded ({rate:P0}, needs {RequiredSuccessRate:P0}).");
            }

            if (violations.Count > 0)
            {
                problems.Add($"{target.Key}: request violations: {string.Join("; ", violations)}");
            }

            if (target.Key == "Prism" && (sent < MinimumPrismOperations || target.Count() < MinimumPrismSpecs))
            {
                problems.Add($"Prism: {sent} operations from {target.Count()} specs, fewer than {MinimumPrismOperations} from {MinimumPrismSpecs}.");
            }

            if (target.Max(t => t.MostActions) > 2)
            {
                problems.Add($"{target.Key}: an operation needed more than two actions.");
            }
        }

        output.WriteLine($"Whole run: {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n" + string.Join('\n', tallies.SelectMany(t => t.Failures)));
    }

    /// <summary>
    /// One tab, one operation page after another: on the first page the reader picks the server; on
    /// each page they type the key when its field is empty, then press Send.
    /// </summary>
    private async Task<Tally> SendEach(DevServer server, CorpusApi api, List<OperationPage> pages, Target target)
    {
        var tally = new Tally(api.Id, target.Name);
        await using var tab = await chromium.OpenTabAsync();
        var page = tab.Page;
        var first = true;
        foreach (var operation in pages)
        {
            await page.GotoAsync(server.Url + operation.Path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var send = page.Locator("[data-pg=send]");
            await Expect(send).ToBeVisibleAsync();
            var serverSelect = page.Locator("[data-pg=server]");
            if (target.Name == "Prism")
            {
                if (first)
                {
                    await serverSelect.SelectOptionAsync(new SelectOptionValue { Label = "Custom URL" });
                    await page.Locator("[data-pg=custom-url]").FillAsync(target.BaseUrl);
                }

                await Expect(page.Locator("[data-pg=custom-url]")).ToHaveValueAsync(target.BaseUrl);
            }
            else
            {
                await Expect(serverSelect.Locator("option:checked")).ToHaveTextAsync("Mock (docsgen serve)");
            }

            first = false;
            var actions = 0;
            var key = page.Locator(".pg-auth input[data-auth]:not([type=checkbox])");
            if (await key.CountAsync() > 0 && await key.First.InputValueAsync() == "")
            {
                await key.First.FillAsync(Key);
                actions++;
            }

            // A reader picks the file of an upload field; no generated value can stand in for it.
            var files = page.Locator("input[type=file][data-body-field][aria-required=true]");
            for (var f = 0; f < await files.CountAsync(); f++)
            {
                await files.Nth(f).SetInputFilesAsync(new FilePayload { Name = "photo.txt", MimeType = "text/plain", Buffer = "photo"u8.ToArray() });
                tally.FilesPicked++;
            }

            actions++;
            tally.Sent++;
            tally.MostActions = Math.Max(tally.MostActions, actions);
            IResponse response;
            try
            {
                response = await page.RunAndWaitForResponseAsync(
                    () => send.ClickAsync(),
                    r => r.Url.StartsWith(target.BaseUrl, StringComparison.Ordinal) && r.Request.Method != "OPTIONS");
            }
            catch (TimeoutException)
            {
                tally.Failures.Add($"{target.Name} {operation.Label}: nothing sent; the panel says: {await page.Locator(".pg-response").InnerTextAsync()}");
                continue;
            }

            var headers = await response.AllHeadersAsync();
            var violations = headers.TryGetValue("sl-violations", out var v) ? RequestViolations(v) : [];
            tally.Violations.AddRange(violations.Select(x => $"{operation.Label}: {x}"));
            // What the reader sees: the panel's status and body.
            await Expect(page.Locator("[data-pg=status]")).ToHaveTextAsync(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var shown = page.Locator("[data-pg=response-body]");
            var body = response.Status is >= 200 and < 300 || await shown.CountAsync() == 0 ? "" : await shown.TextContentAsync() ?? "";
            var sentBody = response.Request.PostData is { Length: > 0 } data ? $", {data.Length}-char body" : "";
            output.WriteLine($"  {target.Name} {operation.Label}: {response.Request.Method} {response.Url[target.BaseUrl.Length..]}{sentBody} -> {response.Status}");
            if (response.Status is >= 200 and < 300)
            {
                tally.Succeeded++;
            }
            else
            {
                tally.Failures.Add($"{target.Name} {operation.Label}: {response.Request.Method} {response.Url} -> {response.Status} {body[..Math.Min(body.Length, 400)]}");
            }
        }

        return tally;
    }

    /// <summary>Prism's sl-violations header lists request and response problems; only the request's are the playground's doing.</summary>
    private static List<string> RequestViolations(string header) =>
        [.. JsonDocument.Parse(header).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("location")[0].GetString() == "request")
            .Select(v => $"{string.Join('.', v.GetProperty("location").EnumerateArray())} {v.GetProperty("message").GetString()}")];

    /// <summary>The API's operation pages as built (each has a playground.json), shuffled with the fixed seed.</summary>
    private static List<OperationPage> SeededOperations(string outputDir, CorpusApi api)
    {
        var folder = Path.Combine(outputDir, "v1", api.Id, "operations");
        var all = Directory.EnumerateFiles(folder, "playground.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var path = Path.GetRelativePath(outputDir, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
            return new OperationPage(path, $"{api.Id} {json.RootElement.GetProperty("method").GetString()} {json.RootElement.GetProperty("path").GetString()}");
        }).ToList();
        Assert.True(all.Count >= api.Count, $"{api.Id}: {all.Count} operation pages, fewer than the {api.Count} the test picks.");
        var random = new Random(Seed);
        return [.. all.OrderBy(_ => random.Next()).Take(api.Count)];
    }

    /// <summary>A site with one API per corpus spec, read in place (readRoots), never copied.</summary>
    private static string WriteSite(string specs, CorpusApi[] apis)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-first-call-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
        File.WriteAllText(Path.Combine(root, "versions", "v1", "index.md"), "# First call\n");
        var quoted = specs.Replace("'", "''", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(root, "docsgen.yml"), $"""
            title: First call on real specs
            readRoots: ['{quoted}']
            versions:
              - id: v1
                apis:
            {string.Join('\n', apis.Select(a => $"      - id: {a.Id}\n        spec: '{quoted}/{a.Spec}'\n        prefix: {a.Id}"))}
            """);
        return root;
    }

    /// <param name="NoPrism">Why Prism cannot serve this spec, or null when it can.</param>
    private sealed record CorpusApi(string Id, string Spec, int Count, string? NoPrism = null);

    private sealed record OperationPage(string Path, string Label);

    private sealed record Target(string Name, string BaseUrl);

    private sealed class Tally(string api, string target)
    {
        public string Api { get; } = api;

        public string Target { get; } = target;

        public int Sent { get; set; }

        public int Succeeded { get; set; }

        public int MostActions { get; set; }

        public int FilesPicked { get; set; }

        public List<string> Violations { get; } = [];

        public List<string> Failures { get; } = [];
    }
}
