using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocsGen.Checks.Links;
using DocsGen.Diagnostics;
using DocsGen.Output;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Checks.Links;

/// <summary>
/// The Rust RFCs built as a site and link-checked: every finding must be real. Each one is confirmed
/// without the checker's code: the link is in the raw Markdown at the reported line, and its target
/// is absent from the file system (paths) or from the ids AngleSharp finds in the built page (anchors).
/// </summary>
public sealed partial class RustRfcsLinkFindingsTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> LinkCodes =
    [
        DiagnosticCodes.LinkToMissingPage, DiagnosticCodes.LinkToMissingAnchor, DiagnosticCodes.MissingAsset,
        DiagnosticCodes.OutputLinkTargetMissing, DiagnosticCodes.OutputLinkAnchorMissing, DiagnosticCodes.OutputLinkOutsideSite,
    ];

    [Fact]
    public async Task Every_link_finding_on_the_rust_rfcs_is_a_link_whose_target_really_does_not_exist()
    {
        var content = RepoPaths.Corpus("markdown/rust-rfcs");
        using var site = TestSite.Empty();
        Directory.CreateDirectory(site.Root);
        // A base URL of no real site: the RFCs' example.com links stay external.
        site.Write("docsgen.yml", $"""
            title: Rust RFCs
            baseUrl: https://rfcs.docsgen.test/
            readRoots: ["{content}"]
            versions:
              - id: v1
                dir: "{content}"
            checks:
              brokenLinks: warning
            """);
        var build = await site.BuildAsync();
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        var links = new InternalLinkChecker(build.Site!, OutputScan.Read(site.Output, build.OutputFiles, CancellationToken.None), build.Diagnostics).Check();

        var findings = build.Diagnostics.Concat(links.Diagnostics).Where(d => LinkCodes.Contains(d.Code)).ToList();
        var pages = build.Site!.Versions["v1"].All.Where(p => p.Source is not null).ToDictionary(p => p.Source!.File, StringComparer.Ordinal);
        var verdicts = findings.Select(f => (Finding: f, Verdict: Confirm(f, site.Root, content, site.Output, pages))).ToList();

        foreach (var group in verdicts.GroupBy(v => v.Verdict.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Count(),4}  {group.Key}");
        }

        var unexplained = verdicts.Where(v => v.Verdict.StartsWith("UNEXPLAINED", StringComparison.Ordinal)).ToList();
        Assert.True(unexplained.Count == 0, string.Join('\n', unexplained.Select(u => $"{u.Finding}\n    -> {u.Verdict}")));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.EndsWith(".md", f.Location!.File, StringComparison.Ordinal));
        Assert.Equal(findings.Count, findings.Select(f => (f.Location!.File, f.Location.Line, f.Location.Column)).Distinct().Count());
    }

    /// <summary>Why a finding is real, or "UNEXPLAINED: ..." when it cannot be confirmed.</summary>
    private static string Confirm(Diagnostic finding, string root, string content, string outputDir, Dictionary<string, SiteModel.Page> pages)
    {
        var file = Path.GetFullPath(Path.Combine(root, finding.Location!.File));
        if (!File.Exists(file) || finding.Location.Line < 1)
        {
            return $"UNEXPLAINED: no Markdown file:line ({finding.Location})";
        }

        var markdown = File.ReadAllText(file);
        // A link's text may wrap: its URL can sit a line or two below where the link starts.
        var line = string.Join(' ', File.ReadAllLines(file).Skip(finding.Location.Line - 1).Take(3));
        var quoted = Quoted().Matches(finding.Message).Select(m => m.Groups[1].Value).ToList();
        switch (finding.Code)
        {
            case DiagnosticCodes.LinkToMissingAnchor when finding.Message.EndsWith("on this page.", StringComparison.Ordinal):
                {
                    var id = quoted[0];
                    if (!line.Contains("#" + id, StringComparison.Ordinal) && !markdown.Contains("]: #" + id, StringComparison.Ordinal))
                    {
                        return $"UNEXPLAINED: '#{id}' is not written at the reported line";
                    }

                    var ids = IdsOf(Path.Combine(outputDir, SiteFiles.PagePath(pages[finding.Location.File])));
                    return ids.Contains(id) ? $"UNEXPLAINED: the built page has id '{id}'"
                        : ids.Contains(id.ToLowerInvariant()) ? "anchor differs from a heading id only in case (browsers match ids exactly)"
                        : "anchor: no element of the built page has that id";
                }

            case DiagnosticCodes.LinkToMissingPage or DiagnosticCodes.MissingAsset:
                {
                    var target = quoted[0];
                    if (!line.Contains(target, StringComparison.Ordinal) && !markdown.Contains("]: " + target, StringComparison.Ordinal))
                    {
                        return $"UNEXPLAINED: '{target}' is not written at the reported line";
                    }

                    var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target.Split('#', '?')[0])));
                    if (!path.StartsWith(content.TrimEnd('/') + "/", StringComparison.Ordinal))
                    {
                        return "path: outside the published folder";
                    }

                    return File.Exists(path) || Directory.Exists(path) ? $"UNEXPLAINED: {path} exists" : "path: no such file beside the Markdown";
                }

            case DiagnosticCodes.OutputLinkTargetMissing:
                {
                    var href = quoted.Count > 1 && finding.Message.StartsWith("Link '", StringComparison.Ordinal) ? quoted[1] : RawHref().Match(finding.Message).Groups[1].Value;
                    var built = quoted.First(q => q.StartsWith("v1/", StringComparison.Ordinal) || q.Contains('/'));
                    if (!line.Contains(href, StringComparison.Ordinal))
                    {
                        return $"UNEXPLAINED: '{href}' is not written at the reported line";
                    }

                    var target = Path.Combine(outputDir, built.TrimStart('/'));
                    return File.Exists(target) || File.Exists(Path.Combine(target, "index.html")) ? $"UNEXPLAINED: {built} is in the output" : "output: the URL resolves to no file of the built site";
                }

            default:
                return $"UNEXPLAINED: {finding.Code} is not verified by this test";
        }
    }

    /// <summary>Every id and a[name] AngleSharp finds in a built page.</summary>
    private static HashSet<string> IdsOf(string htmlFile)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(htmlFile));
        return document.All.Select(e => e.Id).Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("=\"([^\"]*)\">")]
    private static partial Regex RawHref();
}
