using System.Text.Json;
using System.Xml.Linq;
using DocsGen.Checks;
using DocsGen.Checks.Reports;
using DocsGen.Diagnostics;
using NJsonSchema;

namespace DocsGen.Tests.Checks;

public sealed class ReportTests
{
    // Two files, errors and warnings, a location without line, one without column, text that needs escaping.
    private static readonly CheckReport Report = new()
    {
        Diagnostics =
        [
            new Diagnostic(DiagnosticCodes.OutputLinkTargetMissing, Severity.Error, "Link 'a.md' leads nowhere, 100% broken: really", new SourceLocation("versions/v1/index.md", 9, 33), "Fix it,\nplease."),
            new Diagnostic(DiagnosticCodes.OutputLinkAnchorMissing, Severity.Warning, "No id 'x'.", new SourceLocation("versions/v1/index.md", 11, 0)),
            new Diagnostic(DiagnosticCodes.OutputLinkTargetMissing, Severity.Error, "<a href=\"/x/\"> on 3 pages.", new SourceLocation("/v1/", 40, 5), "Fix the template."),
            new Diagnostic(DiagnosticCodes.SitemapSkipped, Severity.Warning, "No sitemap.xml.", new SourceLocation("docsgen.yml")),
            new Diagnostic(DiagnosticCodes.SpecWarning, Severity.Info, "Odd spec.", new SourceLocation("versions/v1/api/pay.yaml", 3, 1, "/paths/~1pay")),
        ],
        Pages = 3,
        LinksChecked = 120,
        FilesScanned = 5,
    };

    [Fact]
    public async Task Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SarifSchema.Path);

        var errors = schema.Validate(ReportWriter.Write(Report, ReportFormat.Sarif, "content/"));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Sarif_results_carry_rule_level_file_and_region()
    {
        using var sarif = JsonDocument.Parse(ReportWriter.Write(Report, ReportFormat.Sarif, "content/"));

        var run = sarif.RootElement.GetProperty("runs")[0];
        var first = run.GetProperty("results")[0];
        Assert.Equal("DG4001", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("content/versions/v1/index.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(["DG3005", "DG4001", "DG4002", "DG8005"],
            run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void JUnit_output_parses_and_its_counts_match_the_findings()
    {
        var xml = XDocument.Parse(ReportWriter.Write(Report, ReportFormat.JUnit));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(["versions/v1/index.md", "/v1/", "docsgen.yml", "versions/v1/api/pay.yaml"], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal(Report.Diagnostics.Count, xml.Descendants("testcase").Count());
        Assert.Equal(Report.Errors, xml.Descendants("failure").Count());
        Assert.Equal(Report.Errors, (int)xml.Root.Attribute("failures")!);
        foreach (var suite in suites)
        {
            Assert.Equal((int)suite.Attribute("tests")!, suite.Elements("testcase").Count());
            Assert.Equal((int)suite.Attribute("failures")!, suite.Descendants("failure").Count());
        }
    }

    [Fact]
    public void JUnit_output_of_a_clean_run_is_one_passing_test()
    {
        var xml = XDocument.Parse(ReportWriter.Write(new CheckReport { Diagnostics = [] }, ReportFormat.JUnit));

        Assert.Single(xml.Descendants("testcase"));
        Assert.Empty(xml.Descendants("failure"));
    }

    [Fact]
    public void GitHub_output_is_one_workflow_command_per_finding_with_escaped_text()
    {
        var lines = ReportWriter.Write(Report, ReportFormat.GitHub, "content/").TrimEnd('\n').Split('\n');

        Assert.Equal(
        [
            "::error file=content/versions/v1/index.md,line=9,col=33,title=DG4001::Link 'a.md' leads nowhere, 100%25 broken: really%0AFix: Fix it,%0Aplease.",
            "::warning file=content/versions/v1/index.md,line=11,title=DG4002::No id 'x'.",
            "::error file=/v1/,line=40,col=5,title=DG4001::<a href=\"/x/\"> on 3 pages.%0AFix: Fix the template.",
            "::warning file=content/docsgen.yml,title=DG8005::No sitemap.xml.",
            "::notice file=content/versions/v1/api/pay.yaml,line=3,col=1,title=DG3005::Odd spec.",
        ], lines);
    }

    [Fact]
    public void Json_output_lists_every_finding_with_its_location()
    {
        using var json = JsonDocument.Parse(ReportWriter.Write(Report, ReportFormat.Json));

        var root = json.RootElement;
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal(("DG4001", "error", "versions/v1/index.md", 9, 33),
            (first.GetProperty("code").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("file").GetString(),
                first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal("/paths/~1pay", root.GetProperty("diagnostics")[4].GetProperty("pointer").GetString());
    }

    [Fact]
    public void Human_output_groups_findings_by_file_with_line_code_message_and_fix()
    {
        var text = ReportWriter.Write(Report, ReportFormat.Human);

        Assert.StartsWith("versions/v1/index.md\n  9:33     error   DG4001  Link 'a.md' leads nowhere", text);
        Assert.Contains("fix: Fix it,", text);
        Assert.Contains("\n/v1/\n  40:5     error   DG4001", text);
        Assert.EndsWith("Check failed: 2 errors, 2 warnings.\n", text);
    }
}
