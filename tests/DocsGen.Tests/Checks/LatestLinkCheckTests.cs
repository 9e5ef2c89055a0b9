using DocsGen.Checks;
using DocsGen.Diagnostics;
using DocsGen.Tests.Output;

namespace DocsGen.Tests.Checks;

/// <summary>
/// A link to /latest/ROUTE/ is a link to the current version's page of that route: `docsgen check` finds it broken when
/// that page (or its #fragment) does not exist, and fine when it does, whether /latest/ is a redirect map or a stub per
/// page. Links are written in an old version's page, where "latest" is most useful.
/// </summary>
public sealed class LatestLinkCheckTests
{
    private const string Page = "versions/v1/guides/links.md";

    [Theory]
    [InlineData(null)]
    [InlineData("pages")]
    public async Task Latest_links_are_checked_against_the_current_versions_pages(string? latest)
    {
        using var site = LatestRedirectMapTests.TwoVersions("https://x.example/docs/", latest);
        site.Write(Page, """
            # Links

            Good: [auth](/docs/latest/guides/auth/), [tokens](/latest/guides/auth/#tokens), [start](/latest/).
            Broken: [gone](/latest/guides/gone/), [no heading](/latest/guides/auth/#nope).

            <a href="/docs/latest/guides/auth/#tokens">raw good</a>
            <a href="/docs/latest/raw-gone/">raw broken</a>
            <a href="/docs/latest/guides/auth/#raw-nope">raw no heading</a>
            """);

        var report = await CheckRunner.RunAsync(new CheckOptions { Root = site.Root });

        var links = report.Diagnostics
            .Where(d => d.Code is DiagnosticCodes.LinkToMissingPage or DiagnosticCodes.LinkToMissingAnchor
                or DiagnosticCodes.OutputLinkTargetMissing or DiagnosticCodes.OutputLinkAnchorMissing)
            .Select(d => (d.Code, d.Location!.File, d.Location.Line))
            .OrderBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal);
        Assert.Equal(
        [
            (DiagnosticCodes.LinkToMissingPage, Page, 4),
            (DiagnosticCodes.LinkToMissingAnchor, Page, 4),
            (DiagnosticCodes.OutputLinkTargetMissing, Page, 7),
            (DiagnosticCodes.OutputLinkAnchorMissing, Page, 8),
        ], links);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputLinkTargetMissing && d.Message.Contains("'latest/raw-gone/'", StringComparison.Ordinal));
    }
}
