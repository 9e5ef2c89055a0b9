using AngleSharp.Html.Parser;
using DocsGen.Build;
using DocsGen.SiteModel;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Output;

/// <summary>
/// /latest/ is the current version under a stable name. With <c>latest: pages</c> it is written as one small redirect
/// stub per page of the current version, not as a copy of the page: every /latest/ URL keeps working on any static
/// host (a meta refresh, and a plain link for readers and tools that do not follow it), crawlers are told the
/// versioned address (canonical, noindex), and the sitemap lists only versioned pages. The default redirect map is
/// <see cref="LatestRedirectMapTests"/>.
/// </summary>
public sealed class LatestAliasTests
{
    /// <summary>A stub is a few hundred bytes; a copy of a page with its navigation is several kilobytes.</summary>
    private const int MaxStubBytes = 1024;

    [Theory]
    [InlineData("two-versions")]
    [InlineData("sections-subpath")]
    public async Task Every_latest_url_of_a_fixture_site_redirects_to_its_versioned_page(string fixture)
    {
        using var site = TestSite.Copy(fixture);
        site.AppendToConfig("latest: pages");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertEveryLatestUrlRedirects(result, site.Output);
    }

    [Fact]
    public async Task Every_latest_url_of_the_bundled_site_with_its_api_reference_redirects_to_its_versioned_page()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        site.AppendToConfig("latest: pages");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Site!.Versions[result.Site.Config.CurrentVersion.Id].All, p => p.Kind == PageKind.Operation);
        AssertEveryLatestUrlRedirects(result, site.Output);
    }

    [Fact]
    public async Task Every_latest_url_of_the_rust_rfcs_redirects_to_its_versioned_page()
    {
        var content = RepoPaths.Corpus("markdown/rust-rfcs");
        using var site = TestSite.Empty();
        Directory.CreateDirectory(site.Root);
        site.Write("docsgen.yml", $"""
            title: Corpus
            baseUrl: https://example.com/docs/
            readRoots: ["{content}"]
            versions:
              - id: v1
                dir: "{content}"
            checks:
              brokenLinks: warning
            latest: pages
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(20)));
        Assert.True(result.Site!.Versions["v1"].All.Count() >= 600, $"{result.Site.Versions["v1"].All.Count()} pages");
        AssertEveryLatestUrlRedirects(result, site.Output);
    }

    private static void AssertEveryLatestUrlRedirects(BuildResult result, string output)
    {
        var site = result.Site!;
        var basePath = site.Config.BasePath;
        var current = site.Versions[site.Config.CurrentVersion.Id].All.ToList();
        var expected = current.ToDictionary(p => "latest/" + (p.Route.Length == 0 ? "" : p.Route + "/") + "index.html", StringComparer.Ordinal);

        var written = OutputTree.Files(output).Where(f => f.StartsWith("latest/", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), written);

        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var (file, page) in expected)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file));
            using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            var target = site.UrlOf(page);
            var refresh = document.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content");
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var links = document.QuerySelectorAll("body a[href]").Select(a => a.GetAttribute("href")).ToList();
            var targetFile = Path.Combine(output, target[basePath.Length..], "index.html");
            if (bytes.Length > MaxStubBytes
                || refresh != "0; url=" + target
                || canonical != site.AbsoluteUrlOf(page)
                || !links.Contains(target)
                || document.QuerySelector("meta[name=robots]")?.GetAttribute("content") != "noindex"
                || document.QuerySelector("script") is not null
                || !target.StartsWith(basePath + page.Version + "/", StringComparison.Ordinal)
                || !File.Exists(targetFile))
            {
                problems.Add($"{file} ({bytes.Length} bytes): refresh '{refresh}', canonical '{canonical}', links [{string.Join(", ", links)}]; expected {target} ({(File.Exists(targetFile) ? "exists" : "missing")})");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {expected.Count} /latest/ stubs are wrong, e.g.:\n{string.Join("\n", problems.Take(5))}");
        if (File.Exists(Path.Combine(output, "sitemap.xml")))
        {
            Assert.DoesNotContain("/latest/", File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        }
    }
}
