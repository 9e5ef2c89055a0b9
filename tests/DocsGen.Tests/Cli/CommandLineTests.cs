using DocsGen.Tests.Sites;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.Cli;

/// <summary>`docsgen` end to end, in-process: arguments in, exit code and files out.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    [Fact]
    public async Task Build_of_a_valid_site_exits_0_and_writes_to_the_output_folder()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(Ok);
        run.AssertDiagnostics();
        Assert.Contains($"Output: {site.Output}", run.Stdout);
        Assert.True(File.Exists(Path.Combine(site.Output, "v1", "guide", "index.html")));
        Assert.False(Directory.Exists(site.PathOf("_site")), "--output replaces the config's output folder.");
    }

    [Fact]
    public async Task Build_without_output_option_writes_the_configs_output_folder()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.Root);

        run.AssertExitCode(Ok);
        Assert.True(File.Exists(site.PathOf("_site/v1/index.html")));
    }

    [Fact]
    public async Task Build_with_content_errors_exits_1()
    {
        using var site = TestSite.Copy("invalid-link-missing-page");

        (await Docsgen.RunAsync("build", site.Root, "--output", site.Output)).AssertExitCode(ContentErrors);
    }

    [Fact]
    public async Task Build_that_cannot_write_its_output_exits_1_with_a_diagnostic()
    {
        using var site = TestSite.Copy("minimal");
        var file = Path.Combine(site.Temp, "not-a-folder");
        File.WriteAllText(file, "");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", Path.Combine(file, "out"));

        run.AssertExitCode(ContentErrors);
        run.AssertDiagnostics($"docsgen.yml: error DG8004: The site could not be written to {Path.Combine(file, "out")}: ");
    }

    [Fact]
    public async Task Build_into_the_site_folder_itself_exits_2_and_deletes_nothing()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Root);

        run.AssertExitCode(UsageErrors);
        run.AssertDiagnostics($"docsgen.yml: error DG1008: The output folder {site.Root} (given with -o/--output) holds the site itself");
        Assert.True(File.Exists(site.PathOf("docsgen.yml")));
        Assert.True(File.Exists(site.PathOf("versions/v1/guide.md")));
    }

    [Fact]
    public async Task Build_of_a_folder_without_config_exits_2()
    {
        using var site = TestSite.Empty();
        Directory.CreateDirectory(site.Root);

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(UsageErrors);
        run.AssertDiagnostics("docsgen.yml: error DG1001: No docsgen.yml in ");
    }

    [Fact]
    public async Task Base_url_option_moves_every_link_under_its_path()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output, "--base-url", "https://preview.example.org/pr-7/");

        run.AssertExitCode(Ok);
        var home = File.ReadAllText(Path.Combine(site.Output, "v1", "index.html"));
        Assert.Contains("<a href=\"/pr-7/v1/guide/\">guide</a>", home);
        Assert.Contains("href=\"/pr-7/assets/docsgen.css\"", home);
        Assert.DoesNotContain("href=\"/v1/", home);
        Assert.Contains("<loc>https://preview.example.org/pr-7/v1/guide/</loc>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public async Task Strict_turns_every_warning_into_an_error_even_the_sitemap_one()
    {
        using var site = TestSite.Copy("minimal");
        File.WriteAllText(site.PathOf("docsgen.yml"), "title: No base URL\nversions:\n  - id: v1\n");

        var lenient = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);
        lenient.AssertExitCode(Ok);
        lenient.AssertDiagnostics("docsgen.yml: warning DG8005: No sitemap.xml: it needs absolute URLs.");

        var strictOutput = Path.Combine(site.Temp, "strict");
        var strict = await Docsgen.RunAsync("build", site.Root, "--output", strictOutput, "--strict");
        strict.AssertExitCode(ContentErrors);
        strict.AssertDiagnostics("docsgen.yml: error DG8005: No sitemap.xml: it needs absolute URLs.");
        Assert.False(Directory.Exists(strictOutput));
    }

    [Fact]
    public async Task Drafts_option_publishes_draft_pages()
    {
        using var site = TestSite.Copy("two-versions");

        (await Docsgen.RunAsync("build", site.Root, "--output", site.Output, "--drafts")).AssertExitCode(Ok);

        Assert.True(File.Exists(Path.Combine(site.Output, "v2", "draft-notes", "index.html")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("new")]
    [InlineData("mock", "api.yaml", "--port", "-1")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("mock", "api.yaml", "--host", "example.invalid")]
    [InlineData("serve", "--host", "")]
    public async Task Usage_errors_exit_2_and_point_to_help(params string[] args)
    {
        var run = await Docsgen.RunAsync(args);

        run.AssertExitCode(UsageErrors);
        Assert.Contains("Run 'docsgen --help' for usage.", run.Stderr);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exit_codes()
    {
        var run = await Docsgen.RunAsync("--help");

        run.AssertExitCode(Ok);
        foreach (var command in new[] { "build", "serve", "new" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", run.Stdout);
        }

        Assert.Contains("Exit codes: 0 ok, 1 content errors, 2 usage or configuration errors.", run.Stdout);
    }

    [Fact]
    public async Task New_refuses_a_folder_that_is_not_empty()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("new", site.Root);

        run.AssertExitCode(UsageErrors);
        Assert.Contains("is not empty", run.Stderr);
    }

    /// <summary>The starter site links to api:listItems, which resolves once the OpenAPI stage is wired into the build.</summary>
    [Fact]
    public async Task New_creates_a_site_that_builds_cleanly()
    {
        using var site = TestSite.Empty();

        var created = await Docsgen.RunAsync("new", site.Root);
        created.AssertExitCode(Ok);
        Assert.True(File.Exists(site.PathOf("docsgen.yml")));
        Assert.Equal("# DocsGen's output and its caches (external link results).\n_site/\n.docsgen/\n", File.ReadAllText(site.PathOf(".gitignore")));
        Assert.Contains("uses: actions/deploy-pages@", File.ReadAllText(site.PathOf(".github/workflows/docs.yml")));
        Assert.Contains(".github/workflows/docs.yml", created.Stdout.Replace('\\', '/'), StringComparison.Ordinal);

        var built = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);
        built.AssertExitCode(Ok);
        built.AssertDiagnostics();
    }
}
