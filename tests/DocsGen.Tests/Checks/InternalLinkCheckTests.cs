using DocsGen.Checks;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Checks;

public sealed class InternalLinkCheckTests
{
    private static Task<CheckReport> CheckAsync(string root) => CheckRunner.RunAsync(new CheckOptions { Root = root });

    private static (string Code, string File, int Line, int Column) Where(Diagnostic d) =>
        (d.Code, d.Location!.File, d.Location.Line, d.Location.Column);

    private static bool IsOutputLinkFinding(Diagnostic d) =>
        d.Code is DiagnosticCodes.OutputLinkTargetMissing or DiagnosticCodes.OutputLinkAnchorMissing or DiagnosticCodes.OutputLinkOutsideSite;

    [Fact]
    public async Task Broken_links_in_the_output_point_at_the_markdown_line_that_wrote_them()
    {
        var report = await CheckAsync(CheckFixtures.Site("broken-links"));

        var fromMarkdown = report.Diagnostics.Where(IsOutputLinkFinding).Where(d => !d.Location!.File.StartsWith('/')).Select(Where);
        Assert.Equal(
        [
            // [..](../index.md#home): the build knows a "# Home" heading, but the start page is rendered without its h1.
            (DiagnosticCodes.OutputLinkAnchorMissing, "versions/v1/guides/auth.md", 11, 13),

            // <a href="/v1/guides/raw-html-missing/">: raw HTML, found on its Markdown line by its quoted URL.
            (DiagnosticCodes.OutputLinkTargetMissing, "versions/v1/guides/auth.md", 13, 10),

            // ![logo](/assets/missing-logo.png): the build lets /assets/ paths through; the output has no such file.
            (DiagnosticCodes.OutputLinkTargetMissing, "versions/v1/index.md", 9, 33),
        ], fromMarkdown);
    }

    [Fact]
    public async Task A_raw_html_link_in_a_guide_is_reported_at_its_markdown_line_not_at_the_page()
    {
        var report = await CheckAsync(CheckFixtures.Site("broken-links"));

        Assert.DoesNotContain(report.Diagnostics, d => IsOutputLinkFinding(d) && d.Location!.File.StartsWith('/'));
        var rawHtml = Assert.Single(report.Diagnostics, d => IsOutputLinkFinding(d) && d.Message.StartsWith("Raw HTML", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.OutputLinkTargetMissing, rawHtml.Code);
        Assert.Equal(("versions/v1/guides/auth.md", 13, 10), (rawHtml.Location!.File, rawHtml.Location.Line, rawHtml.Location.Column));
        Assert.Equal("Raw HTML <a href=\"/v1/guides/raw-html-missing/\">: 'v1/guides/raw-html-missing/' is not in the built site.", rawHtml.Message);
    }

    [Fact]
    public async Task What_the_build_already_reported_is_not_reported_again()
    {
        var report = await CheckAsync(CheckFixtures.Site("broken-links"));

        // #nowhere (same page) and guides/auth.md#refreshing are the build's findings (DG2013), once each.
        Assert.Equal(
            [("versions/v1/guides/auth.md", 11, 72), ("versions/v1/index.md", 11, 46)],
            report.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkToMissingAnchor).Select(d => (d.Location!.File, d.Location.Line, d.Location.Column)));
        Assert.DoesNotContain(report.Diagnostics, d => IsOutputLinkFinding(d) && d.Location!.Line is 11 && d.Location.Column is 72 or 46);
    }

    [Fact]
    public async Task A_broken_link_in_a_layout_is_one_finding_for_all_the_pages_that_carry_it()
    {
        var report = await CheckAsync(CheckFixtures.Site("theme-links"));

        var finding = Assert.Single(report.Diagnostics, IsOutputLinkFinding);
        Assert.Equal((DiagnosticCodes.OutputLinkTargetMissing, Severity.Error), (finding.Code, finding.Severity));
        Assert.Equal("/v1/", finding.Location!.File);
        Assert.Contains("on 3 pages, first /v1/", finding.Message);
        Assert.Contains("'v1/no-such-page/' is not in the built site", finding.Message);
        Assert.Contains("themes/default/layouts", finding.Hint);
    }

    [Fact]
    public async Task A_site_with_sound_links_passes_including_ids_written_as_raw_html()
    {
        var report = await CheckAsync(CheckFixtures.Site("clean"));

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Passed);
        Assert.True(report.LinksChecked > 0);
    }

    [Fact]
    public async Task Broken_anchors_set_to_ignore_are_not_reported_by_the_output_check_either()
    {
        var root = CheckFixtures.Copy("broken-links");
        try
        {
            await File.AppendAllTextAsync(Path.Combine(root, "docsgen.yml"), "  brokenAnchors: ignore\n");

            var report = await CheckAsync(root);

            Assert.DoesNotContain(report.Diagnostics, d => d.Code is DiagnosticCodes.OutputLinkAnchorMissing or DiagnosticCodes.LinkToMissingAnchor);
            Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputLinkTargetMissing);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_check_builds_elsewhere_and_leaves_the_configured_output_folder_alone()
    {
        var root = CheckFixtures.Copy("clean");
        try
        {
            await CheckAsync(root);

            Assert.False(Directory.Exists(Path.Combine(root, "_site")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
