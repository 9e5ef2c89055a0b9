using System.Text.Json;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Fixtures/OpenApi/duplicate-operationids.yaml: GET /images/{id}/similar and GET /videos/{id}/similar both say
/// operationId getSimilar (Shutterstock's published spec does the same). Like Redocly and Swagger UI, DocsGen warns
/// and builds: the two operations stay apart, told by method and path.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DuplicateOperationIdTests
{
    private static readonly string Spec = File.ReadAllText(TestPaths.Fixture("duplicate-operationids.yaml"));

    private static TestSite Site()
    {
        var site = TestSite.Empty();
        site.Write("api.yaml", Spec);
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\nSearch images and videos.\n");
        site.Write("docsgen.yml", "title: Media\nversions:\n  - id: v1\n    apis:\n      - id: media\n        spec: api.yaml\n        prefix: api\n");
        return site;
    }

    [Fact]
    public async Task A_shared_operationId_is_a_warning_naming_both_operations_at_the_second_one()
    {
        using var site = Site();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SpecDuplicateOperationId);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(17, warning.Location!.Line);
        Assert.Equal("#/paths/~1videos~1{id}~1similar/get/operationId", warning.Location.Pointer);
        Assert.Contains("GET /videos/{id}/similar", warning.Message, StringComparison.Ordinal);
        Assert.Contains("GET /images/{id}/similar", warning.Message, StringComparison.Ordinal);
        Assert.Contains(":9)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_operation_with_the_shared_id_gets_its_own_page()
    {
        using var site = Site();

        await site.BuildAsync();

        var operations = Path.Combine(site.Output, "v1", "api", "operations");
        var pages = Directory.EnumerateDirectories(operations).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["getsimilar", "getsimilar-2", "searchimages"], pages);
        var first = File.ReadAllText(Path.Combine(operations, "getsimilar", "index.html"));
        var second = File.ReadAllText(Path.Combine(operations, "getsimilar-2", "index.html"));
        Assert.Equal("List similar images", Heading().Match(first).Groups[1].Value);
        Assert.Equal("List similar videos", Heading().Match(second).Groups[1].Value);
        // Each page shows its own operation only (the other is in the navigation, by its summary).
        Assert.Contains("/images/{id}/similar", first, StringComparison.Ordinal);
        Assert.DoesNotContain("/videos/{id}/similar", first, StringComparison.Ordinal);
        Assert.Contains("/videos/{id}/similar", second, StringComparison.Ordinal);
        Assert.DoesNotContain("/images/{id}/similar", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_the_warning_and_no_error()
    {
        using var site = Site();

        var run = await Docsgen.RunAsync("check", site.Root, "--format", "text");

        run.AssertExitCode(0);
        Assert.Matches(@"17:20 +warning DG3004 +operationId 'getSimilar' of GET /videos/\{id\}/similar", run.Stdout + run.Stderr);
        Assert.Contains("Check passed: 0 errors", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_keeps_the_two_operations_apart()
    {
        using var site = Site();
        var newer = site.PathOf("api-v2.yaml");
        // The video operation loses its page of results; the image one is unchanged.
        File.WriteAllText(newer, Spec.Replace("\"200\": { description: Videos like this one.,", "\"404\": { description: No such video.,", StringComparison.Ordinal));

        var run = await Docsgen.RunAsync("diff", site.PathOf("api.yaml"), newer, "--format", "json");

        run.AssertExitCode(0);
        using var report = JsonDocument.Parse(run.Stdout);
        var operations = report.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => c.TryGetProperty("operation", out var key) ? key.GetString() : null).Distinct().ToList();
        Assert.Equal(["GET /videos/{id}/similar"], operations);
    }

    [Fact]
    public async Task The_mock_answers_each_operation_with_its_own_example()
    {
        var diagnostics = new DiagnosticBag();
        await using var mock = await DocsGen.Mock.MockHost.StartAsync(TestPaths.Fixture("duplicate-operationids.yaml"), "127.0.0.1", 0, diagnostics);
        Assert.True(mock is not null, string.Join('\n', diagnostics.ToList()));
        using var client = new HttpClient { BaseAddress = new Uri(mock!.Url) };

        Assert.Contains("\"images\"", await client.GetStringAsync("images/7/similar"), StringComparison.Ordinal);
        Assert.Contains("\"videos\"", await client.GetStringAsync("videos/7/similar"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<h1[^>]*>([^<]*)")]
    private static partial Regex Heading();
}
