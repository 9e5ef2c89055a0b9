using DocsGen.Config;
using DocsGen.Coverage;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Checks.Coverage;

/// <summary>
/// The coverage fixture has six operations, each documented differently (see its shop.yaml and
/// guides); the config requires summary, description and guide, with a minimum of 60%.
/// </summary>
public sealed class CoverageRowsTests(CoverageFixture fixture) : IClassFixture<CoverageFixture>
{
    private SpecCoverage Spec => Assert.Single(Assert.Single(fixture.Report.Coverage!.Versions).Specs);

    [Fact]
    public void Each_operation_and_webhook_gets_a_row_in_reference_order_with_each_criterion_measured()
    {
        // id, summary, description, guides, guide sample, x-codeSamples, request example, response example
        (string, bool, bool, string, bool, bool, bool?, bool?)[] expected =
        [
            ("listItems", true, true, "versions/v1/index.md", false, true, null, true),
            ("createItem", true, true, "versions/v1/guides/items.md", true, false, true, false),
            ("getItem", true, false, "versions/v1/guides/items.md", false, false, null, true),
            ("deleteItem", false, true, "versions/v1/guides/items.md", true, false, null, null),
            ("listOrders", true, true, "versions/v1/guides/items.md", false, false, null, false),
            ("itemSold", true, true, "", false, false, true, null),
        ];

        var actual = Spec.Operations.Select(o => (o.Id, o.Summary, o.Description, string.Join(";", o.Guides), o.GuideSample, o.SpecSample, o.RequestExample, o.ResponseExample)).ToList();

        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Item1, actual[i].Id);
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Rows_carry_tag_method_path_and_page_address()
    {
        Assert.Equal(
            ["items GET /items api/operations/listitems/", "items POST /items api/operations/createitem/", "items GET /items/{id} api/operations/getitem/",
             "items DELETE /items/{id} api/operations/deleteitem/", "orders GET /orders api/operations/listorders/", "Webhooks POST itemSold api/webhooks/itemsold/"],
            Spec.Operations.Select(o => $"{o.Tag} {o.Method} {o.Path} {o.Url}"));
        Assert.True(Spec.Operations.Single(o => o.Id == "itemSold").IsWebhook);
    }

    [Fact]
    public void Totals_count_each_criterion_and_the_operations_meeting_all_required_ones()
    {
        var totals = Spec.Totals;

        Assert.Equal(6, totals.Operations);
        Assert.Equal(3, totals.Covered);
        Assert.Equal(50, totals.Percent);
        Assert.Equal(
            new Dictionary<CoverageCriterion, int>
            {
                [CoverageCriterion.Summary] = 5,
                [CoverageCriterion.Description] = 5,
                [CoverageCriterion.Guide] = 5,
                [CoverageCriterion.Sample] = 3,
                [CoverageCriterion.Example] = 4,
            },
            totals.ByCriterion);
        Assert.Equal(66.6, totals.PercentOf(CoverageCriterion.Example));
        var version = fixture.Report.Coverage!.Versions[0].Totals;
        Assert.Equal((6, 3), (version.Operations, version.Covered));
    }

    [Fact]
    public void Totals_per_tag_follow_the_reference_tags_and_webhooks()
    {
        Assert.Equal(
            ["items 2/4 50", "orders 1/1 100", "Webhooks 0/1 0"],
            Spec.Tags.Select(t => $"{t.Name} {t.Totals.Covered}/{t.Totals.Operations} {t.Totals.Percent}"));
    }

    [Fact]
    public void Below_the_minimum_the_check_reports_DG6001_on_the_spec_naming_version_percentage_and_uncovered_operations()
    {
        var report = fixture.Report;

        // The fixture's x-codeSamples is an SDK call: a DG5020 note that it was not checked, not a finding.
        var finding = Assert.Single(report.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(DiagnosticCodes.CoverageBelowMinimum, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("versions/v1/shop.yaml", finding.Location!.File);
        Assert.Equal(
            "Coverage of Shop API in version v1 is 50% (3 of 6 operations have summary, description, guide), below the minimum of 60%. " +
            "Uncovered: GET /items/{id} (no description); DELETE /items/{id} (no summary); webhook itemSold (no guide).",
            finding.Message);
        Assert.Contains("/v1/coverage/", finding.Hint);
        Assert.False(report.Passed);
    }
}
