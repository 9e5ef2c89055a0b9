using DocsGen.Checks;
using DocsGen.Checks.Samples;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Mock;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>
/// `docsgen check --run-samples --server URL` over real HTTP on 127.0.0.1: the fixture's guide samples
/// against the built-in mock and Prism (both serve the spec, so nothing is wrong) and against a
/// server that breaks the spec (so the findings are exact).
/// </summary>
public sealed class RunSamplesTests
{
    private static readonly string Site = CheckFixtures.Site("run-samples");
    private static readonly string Spec = Path.Combine(Site, "versions", "v1", "api", "shop.yaml");

    [Fact]
    public async Task Samples_pass_against_the_built_in_mock()
    {
        await using var mock = await MockHost.StartAsync(Spec, "127.0.0.1", 0, new DiagnosticBag());
        Assert.NotNull(mock);

        var report = await RunAsync(new Uri(mock.Url));

        Assert.Equal(["guides/orders.md:22 info DG5018"], Findings(report));
        Assert.Equal((3, 1), (report.SamplesRun, report.SamplesRunSkipped));
    }

    [Fact]
    public async Task Samples_pass_against_Prism()
    {
        await using var prism = await PrismProcess.StartAsync(Spec);

        var report = await RunAsync(prism.Url);

        Assert.Equal(["guides/orders.md:22 info DG5018"], Findings(report));
        Assert.Equal((3, 1), (report.SamplesRun, report.SamplesRunSkipped));
    }

    [Fact]
    public async Task A_server_that_breaks_the_spec_is_reported_at_the_samples_that_met_it()
    {
        await using var server = await WrongServer.StartAsync();

        var report = await RunAsync(server.Url);

        Assert.Equal(
        [
            "guides/orders.md:7 error DG5016 Running the sample for createOrder (POST /orders) got 418, a status the operation does not document (201, 401, 422).",
            "guides/orders.md:16 error DG5017 Running the sample for getOrder (GET /orders/ord_1) got a 200 body that does not fit the spec: /: required property 'status' is missing",
            "guides/orders.md:16 error DG5017 Running the sample for getOrder (GET /orders/ord_1) got a 200 body that does not fit the spec: /id: expected string, found number",
            "guides/orders.md:22 info DG5018 The sample for createOrder is not run: its body is not a JSON literal.",
            "guides/orders.md:28 warning DG5016 Running the sample for cancelOrder (DELETE /orders/ord_1) got 401: <h1>Sign in</h1>",
            "guides/orders.md:28 error DG5017 Running the sample for cancelOrder (DELETE /orders/ord_1) got a 401 body of type text/html, which the spec does not document (application/problem+json).",
        ], Findings(report, withMessages: true));
        Assert.False(report.Passed);
    }

    [Fact]
    public async Task The_demo_guides_samples_pass_against_the_mock_of_the_demo_spec()
    {
        var content = Path.Combine(OpenApi.TestPaths.RepoRoot, "content");
        await using var mock = await MockHost.StartAsync(Path.Combine(content, "versions", "v2", "api", "acme-pay.yaml"), "127.0.0.1", 0, new DiagnosticBag());
        Assert.NotNull(mock);

        var report = await CheckRunner.RunAsync(new CheckOptions { Root = content, Samples = new SampleCheckSettings { RunServer = new Uri(mock.Url) } });

        // Included programs that build a value at run time are listed as not run (info), not as failures.
        Assert.DoesNotContain(Findings(report, withMessages: true), f => !f.Contains(" info ", StringComparison.Ordinal));
        Assert.True(report.SamplesRun >= 10, $"Only {report.SamplesRun} demo samples ran.");
    }

    [Fact]
    public async Task The_demo_guides_samples_pass_against_Prism_mocking_the_demo_spec()
    {
        var content = Path.Combine(OpenApi.TestPaths.RepoRoot, "content");
        await using var prism = await PrismProcess.StartAsync(Path.Combine(content, "versions", "v2", "api", "acme-pay.yaml"));

        var report = await CheckRunner.RunAsync(new CheckOptions { Root = content, Samples = new SampleCheckSettings { RunServer = prism.Url } });

        // Included programs that build a value at run time are listed as not run (info), not as failures.
        Assert.DoesNotContain(Findings(report, withMessages: true), f => !f.Contains(" info ", StringComparison.Ordinal));
        Assert.True(report.SamplesRun >= 10, $"Only {report.SamplesRun} demo samples ran.");
    }

    [Fact]
    public async Task An_unreachable_server_fails_each_sample_clearly()
    {
        var report = await RunAsync(new Uri("http://127.0.0.1:9"));

        Assert.Equal(3, report.Diagnostics.Count(d => d.Code == DiagnosticCodes.SampleRunFailed && d.Severity == Severity.Error));
    }

    [Fact]
    public async Task The_command_line_needs_a_server_to_run_samples()
    {
        Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", Site, "--run-samples"]));
        Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", Site, "--server", "http://127.0.0.1:4010"]));
    }

    private static Task<CheckReport> RunAsync(Uri server) =>
        CheckRunner.RunAsync(new CheckOptions { Root = Site, Samples = new SampleCheckSettings { RunServer = server, RunTimeout = TimeSpan.FromSeconds(5) } });

    private static List<string> Findings(CheckReport report, bool withMessages = false) =>
        report.Diagnostics
            .Where(d => string.CompareOrdinal(d.Code, DiagnosticCodes.SampleRunStatusUndocumented) >= 0 && string.CompareOrdinal(d.Code, DiagnosticCodes.SampleRunFailed) <= 0)
            .Select(d => $"{d.Location!.File.Replace("versions/v1/", "", StringComparison.Ordinal)}:{d.Location.Line} {d.Severity.ToString().ToLowerInvariant()} {d.Code}" + (withMessages ? " " + d.Message : ""))
            .ToList();
}
