using System.Diagnostics;
using DocsGen.ApiDiff;
using DocsGen.ApiDiff.Formatting;
using Microsoft.OpenApi;
using Xunit.Abstractions;

namespace DocsGen.Tests.ApiDiff;

/// <summary>The differ on real, large API descriptions from the shared corpus.</summary>
public sealed class CorpusDiffTests(ITestOutputHelper output)
{
    private const string Stripe = "stripe-2023-09-12.yaml";

    [Theory]
    [InlineData(Stripe)]
    [InlineData("github-2022-06-11.json")]
    [InlineData("kubernetes-1.36-swagger.json")]
    [InlineData("museum/openapi.yaml")]
    public async Task A_spec_compared_with_a_second_load_of_itself_has_no_changes(string spec)
    {
        var path = TestSpecs.CorpusSpec(spec);
        var clock = Stopwatch.StartNew();
        var (oldDoc, newDoc) = (await TestSpecs.LoadAsync(path), await TestSpecs.LoadAsync(path));
        var load = clock.Elapsed;

        clock.Restart();
        var report = ApiDiffer.Compare(oldDoc, newDoc);
        output.WriteLine($"{spec}: load both {load.TotalMilliseconds:F0} ms, diff {clock.Elapsed.TotalMilliseconds:F0} ms");

        Assert.True(report.IsEmpty, ApiDiffTextFormatter.Format(report));
    }

    [Fact]
    public async Task Stripe_with_five_edits_reports_exactly_those_edits()
    {
        var path = TestSpecs.CorpusSpec(Stripe);
        var oldDoc = await TestSpecs.LoadAsync(path);
        var newDoc = await TestSpecs.LoadAsync(path);

        newDoc.Paths["/v1/customers/{customer}"].Operations!.Remove(HttpMethod.Delete);

        var customerBody = (OpenApiSchema)newDoc.Paths["/v1/customers"].Operations![HttpMethod.Post]
            .RequestBody!.Content!["application/x-www-form-urlencoded"].Schema!;
        customerBody.Properties!["loyalty_tier"] = new OpenApiSchema { Type = JsonSchemaType.String };
        customerBody.Required = new HashSet<string>(customerBody.Required ?? new HashSet<string>()) { "loyalty_tier" };

        var listCoupons = newDoc.Paths["/v1/coupons"].Operations![HttpMethod.Get];
        ((OpenApiSchema)listCoupons.Responses!["200"].Content!["application/json"].Schema!).Properties!.Remove("url");
        ((OpenApiSchema)Parameter(listCoupons, "limit").Schema!).Type = JsonSchemaType.String;

        var listFiles = newDoc.Paths["/v1/files"].Operations![HttpMethod.Get];
        ((OpenApiSchema)Parameter(listFiles, "purpose").Schema!).Enum!.Add("tax_form");

        var report = ApiDiffer.Compare(oldDoc, newDoc);

        Assert.Equal(
        [
            ("operation-removed", "DELETE /v1/customers/{customer}", "operation"),
            ("request-parameter-enum-value-added", "GET /v1/files", "query parameter purpose"),
            ("request-parameter-type-changed", "GET /v1/coupons", "query parameter limit"),
            ("request-property-required-added", "POST /v1/customers", "request body application/x-www-form-urlencoded > loyalty_tier"),
            ("response-property-removed", "GET /v1/coupons", "response 200 application/json > url"),
        ], report.Changes.Select(c => (c.RuleId, c.OperationKey!, c.Location)).OrderBy(c => c.RuleId));
        output.WriteLine(ApiDiffTextFormatter.Format(report));
    }

    [Fact]
    public async Task Stripe_yaml_and_its_json_twin_have_no_changes_and_diffing_is_much_faster_than_loading()
    {
        var yamlPath = TestSpecs.CorpusSpec(Stripe);
        var jsonPath = Path.Combine(Path.GetTempPath(), $"docsgen-apidiff-{Guid.NewGuid():N}.json");
        try
        {
            var clock = Stopwatch.StartNew();
            var yamlDoc = await TestSpecs.LoadAsync(yamlPath);
            var yamlLoad = clock.Elapsed;

            await using (var stream = File.Create(jsonPath))
                await yamlDoc.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);

            clock.Restart();
            var jsonDoc = await TestSpecs.LoadAsync(jsonPath);
            var jsonLoad = clock.Elapsed;

            clock.Restart();
            var report = ApiDiffer.Compare(yamlDoc, jsonDoc);
            var diff = clock.Elapsed;

            Assert.True(report.IsEmpty, ApiDiffTextFormatter.Format(report));
            var load = yamlLoad + jsonLoad;
            output.WriteLine($"load YAML {yamlLoad.TotalMilliseconds:F0} ms ({new FileInfo(yamlPath).Length / 1_000_000.0:F1} MB), " +
                $"load JSON twin {jsonLoad.TotalMilliseconds:F0} ms ({new FileInfo(jsonPath).Length / 1_000_000.0:F1} MB), " +
                $"diff {diff.TotalMilliseconds:F0} ms; load/diff ratio {load / diff:F1}");
        }
        finally
        {
            File.Delete(jsonPath);
        }
    }

    private static OpenApiParameter Parameter(OpenApiOperation operation, string name) =>
        (OpenApiParameter)operation.Parameters!.Single(p => p.Name == name);
}
