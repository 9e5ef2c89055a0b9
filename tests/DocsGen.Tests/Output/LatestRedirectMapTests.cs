using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Output;

/// <summary>
/// <c>latest: map</c>, the default: /latest/ costs two files whatever the site's size (latest/index.html and one
/// <c>_redirects</c> rule) plus a script on 404.html, instead of a stub per page; <c>latest: pages</c> keeps the stubs.
/// Each site is built with the command line, as a user builds it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class LatestRedirectMapTests
{
    [Fact]
    public async Task By_default_latest_is_one_start_page_stub_and_one_redirect_rule_with_no_stub_per_page()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/", latest: null);

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        var files = OutputTree.Files(site.Output);
        Assert.Equal(["latest/index.html"], files.Where(f => f.StartsWith("latest/", StringComparison.Ordinal)));
        Assert.Contains("v2/guides/auth/index.html", files);
        Assert.Equal("/latest/*  /v2/:splat  302\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
        var start = File.ReadAllText(Path.Combine(site.Output, "latest/index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/v2/\">", start);
        Assert.Contains("<link rel=\"canonical\" href=\"https://x.example/v2/\">", start);
    }

    [Fact]
    public async Task Under_a_base_path_the_rule_and_the_start_page_stub_carry_it()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/docs/", latest: "map");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        Assert.Equal("/docs/latest/*  /docs/v2/:splat  302\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
        Assert.Contains("content=\"0; url=/docs/v2/\"", File.ReadAllText(Path.Combine(site.Output, "latest/index.html")));
        var notFound = File.ReadAllText(Path.Combine(site.Output, "404.html"));
        Assert.Contains("data-base-path=\"/docs/\"", notFound);
        Assert.Contains("data-version=\"v2\"", notFound);
        Assert.Contains("l.replace(", notFound);
    }

    [Fact]
    public async Task When_the_start_page_is_not_the_version_root_latest_itself_is_sent_to_it_first()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/", latest: null);
        File.Delete(site.PathOf("versions/v2/index.md"));

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        Assert.Equal("/latest/  /v2/guides/auth/  302\n/latest/*  /v2/:splat  302\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
        Assert.Contains("content=\"0; url=/v2/guides/auth/\"", File.ReadAllText(Path.Combine(site.Output, "latest/index.html")));
    }

    [Fact]
    public async Task With_latest_pages_every_page_of_the_current_version_has_its_stub_and_there_is_no_map()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/docs/", latest: "pages");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        var files = OutputTree.Files(site.Output);
        Assert.Equal(["latest/guides/auth/index.html", "latest/index.html"], files.Where(f => f.StartsWith("latest/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("_redirects", files);
        Assert.DoesNotContain("l.replace(", File.ReadAllText(Path.Combine(site.Output, "404.html")));
        Assert.Contains("content=\"0; url=/docs/v2/guides/auth/\"", File.ReadAllText(Path.Combine(site.Output, "latest/guides/auth/index.html")));
    }

    [Fact]
    public async Task An_unknown_latest_value_is_a_config_error_that_names_the_nearer_value()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/", latest: "mpa");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(2);
        run.AssertDiagnostics("docsgen.yml:3:9: error DG1005: 'latest' must be map or pages, not 'mpa'.");
        Assert.Contains("Did you mean 'map'?", run.Stderr);
    }

    [Fact]
    public async Task With_the_map_an_alias_under_latest_is_not_written_and_says_why()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/", latest: null);
        site.Write("versions/v2/guides/auth.md", "---\ntitle: Auth\naliases: [/latest/old-auth/, /old-auth/]\n---\n# Auth\n\n## Tokens\n\nText.\n");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        run.AssertDiagnostics("versions/v2/guides/auth.md:3:11: warning DG2035: Alias '/latest/old-auth/' is under /latest/, which leads to the current version");
        Assert.False(File.Exists(Path.Combine(site.Output, "latest/old-auth/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "old-auth/index.html")));
    }

    [Fact]
    public async Task With_latest_pages_an_alias_onto_a_stub_is_refused_as_before_and_one_beside_them_is_written()
    {
        using var site = TwoVersions(baseUrl: "https://x.example/", latest: "pages");
        site.Write("versions/v2/guides/auth.md", "---\ntitle: Auth\naliases: [/latest/guides/auth/, /latest/old-auth/]\n---\n# Auth\n\n## Tokens\n\nText.\n");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(0);
        run.AssertDiagnostics("versions/v2/guides/auth.md:3:11: warning DG2035: Alias '/latest/guides/auth/' is the address of a file the site publishes (latest/guides/auth/index.html)");
        Assert.Contains("url=/v2/guides/auth/", File.ReadAllText(Path.Combine(site.Output, "latest/old-auth/index.html")));
    }

    /// <summary>v2 (current) and v1, each with a start page and guides/auth (heading "Tokens").</summary>
    internal static TestSite TwoVersions(string baseUrl, string? latest)
    {
        var site = TestSite.Empty();
        site.Write("docsgen.yml", $"title: Latest\nbaseUrl: {baseUrl}\n{(latest is null ? "" : $"latest: {latest}\n")}versions:\n  - id: v2\n    current: true\n  - id: v1\n");
        foreach (var version in new[] { "v1", "v2" })
        {
            site.Write($"versions/{version}/index.md", $"# Home {version}\n\nSee [auth](guides/auth.md).\n");
            site.Write($"versions/{version}/guides/auth.md", "# Auth\n\n## Tokens\n\nText.\n");
        }

        return site;
    }
}
