using System.Text.Json.Nodes;
using DocsGen.Checks.Reports;
using DocsGen.Cli;
using DocsGen.Coverage;
using DocsGen.Tests.OpenApi;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Checks.Coverage;

public sealed class CoverageReportTests(CoverageFixture fixture) : IClassFixture<CoverageFixture>, IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "docsgen-coverage-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Fact]
    public void The_coverage_report_matches_its_golden_file()
    {
        GoldenFile.AssertText(CoverageJson.Write(fixture.Report.Coverage!), Path.Combine(RepoPaths.TestProject, "Golden", "Checks", "coverage-report.json"));
    }

    [Fact]
    public void The_json_report_has_settings_totals_and_one_row_per_operation()
    {
        var json = JsonNode.Parse(ReportWriter.Write(fixture.Report, ReportFormat.Json))!["coverage"]!;

        Assert.Equal(["summary", "description", "guide"], json["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(60, (int)json["minimum"]!);
        Assert.False((bool)json["passed"]!);
        var version = json["versions"]![0]!;
        Assert.Equal("/v1/coverage/", (string)version["page"]!);
        var spec = version["specs"]![0]!;
        Assert.Equal("versions/v1/shop.yaml", (string)spec["file"]!);
        Assert.Equal(50.0, (double)spec["totals"]!["percent"]!);
        Assert.Equal(3, (int)spec["totals"]!["criteria"]!["sample"]!["count"]!);
        var getItem = spec["operations"]!.AsArray().Single(o => (string)o!["id"]! == "getItem")!;
        Assert.Equal("/v1/api/operations/getitem/", (string)getItem["url"]!);
        Assert.Equal("n/a", (string)getItem["requestExample"]!);
        Assert.True((bool)getItem["responseExample"]!);
        Assert.False((bool)getItem["covered"]!);
        Assert.Equal(["description"], getItem["missing"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void The_human_report_ends_with_a_coverage_table()
    {
        // Column widths follow the widest cell of the whole report, so cells are compared with single spaces.
        var text = System.Text.RegularExpressions.Regex.Replace(ReportWriter.Write(fixture.Report, ReportFormat.Human), " {2,}", " ");

        Assert.Contains("Version API Covered % summary description guide sample example Gate", text);
        Assert.Contains("v1 Shop API 3/6 50% 83.3%* 83.3%* 83.3%* 50% 66.6% FAIL", text);
        Assert.Contains("Coverage 3 of 6 operations covered 1", text);
    }

    [Fact]
    public async Task The_cli_exits_1_below_the_minimum_and_0_at_it_and_writes_the_coverage_report()
    {
        Directory.CreateDirectory(_scratch);
        var report = Path.Combine(_scratch, "coverage.json");
        Assert.Equal(CommandLine.ContentErrors,
            await CommandLine.RunAsync(["check", CheckFixtures.Site("coverage"), "--coverage-report", report, "-f", "json", "-o", Path.Combine(_scratch, "check.json")]));
        Assert.Equal(CoverageJson.Write(fixture.Report.Coverage!), await File.ReadAllTextAsync(report));

        var root = CheckFixtures.Copy("coverage");
        try
        {
            // 3 of 6 is exactly 50%: the gate compares without rounding.
            var config = Path.Combine(root, "docsgen.yml");
            await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config)).Replace("minimum: 60", "minimum: 50"));
            Assert.Equal(CommandLine.Ok, await CommandLine.RunAsync(["check", root, "-f", "json", "-o", Path.Combine(_scratch, "pass.json")]));
            var passed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_scratch, "pass.json")))!;
            Assert.True((bool)passed["passed"]!);
            Assert.True((bool)passed["coverage"]!["passed"]!);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_criterion_is_a_config_error_at_its_line_and_column_and_exits_2()
    {
        var root = CheckFixtures.Copy("coverage");
        try
        {
            var config = Path.Combine(root, "docsgen.yml");
            await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config)).Replace("require: [summary, description, guide]", "require: [summary, tests]"));
            Directory.CreateDirectory(_scratch);
            var output = Path.Combine(_scratch, "config.json");

            Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", root, "-f", "json", "-o", output]));

            var finding = JsonNode.Parse(await File.ReadAllTextAsync(output))!["diagnostics"]!.AsArray().Single()!;
            Assert.Equal("DG1005", (string)finding["code"]!);
            Assert.Equal("docsgen.yml", (string)finding["file"]!);
            var line = File.ReadAllLines(config).ToList().FindIndex(l => l.Contains("require:")) + 1;
            Assert.Equal(line, (int)finding["line"]!);
            Assert.Equal(File.ReadAllLines(config)[line - 1].IndexOf("tests", StringComparison.Ordinal) + 1, (int)finding["column"]!);
            Assert.Contains("'tests'", (string)finding["message"]!);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
