using System.Text.RegularExpressions;
using DocsGen.Cli;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Content;

/// <summary>
/// A Hugo site whose pages keep the front matter `hugo new` wrote (Fixtures/Sites/hugo-toml: TOML between +++ lines,
/// one page in Hugo's JSON form), built with <c>docsgen build</c>: titles, order, drafts and aliases come from it and
/// none of it shows on the page; a malformed block (Fixtures/Sites/invalid-front-matter-toml) fails the build at the
/// file's line without echoing the page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class HugoFrontMatterSiteTests
{
    [Fact]
    public async Task Toml_and_json_front_matter_give_titles_order_drafts_and_aliases_and_never_show_as_text()
    {
        using var site = TestSite.Copy("hugo-toml");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(CommandLine.Ok);
        var install = Page(site, "docs/getting-started/install/index.html");
        Assert.Contains("<title>Install widgets", install, StringComparison.Ordinal);
        Assert.Contains("content=\"Install the widget CLI on Linux, macOS or Windows.\"", install, StringComparison.Ordinal);
        Assert.Contains("You need widgets 2.4 or later.", install, StringComparison.Ordinal);
        Assert.Contains("<title>Our first post", Page(site, "docs/blog/first-post/index.html"), StringComparison.Ordinal);
        Assert.Contains("<title>Widgets documentation", Page(site, "docs/index.html"), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("+++", html, StringComparison.Ordinal);
            Assert.DoesNotContain("weight", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&quot;title&quot;", html, StringComparison.Ordinal);
        }

        // weight orders the section: Install (1) before Configure (2); the draft is not built.
        var sidebar = Page(site, "docs/getting-started/configure/index.html");
        Assert.True(sidebar.IndexOf(">Install<", StringComparison.Ordinal) is var i && i > 0 && i < sidebar.IndexOf(">Configure widgets<", StringComparison.Ordinal),
            "linkTitle 'Install' (weight 1) comes before 'Configure widgets' (weight 2) in the sidebar");
        Assert.False(File.Exists(Path.Combine(site.Output, "docs/getting-started/upcoming/index.html")), "the draft = true page is built");
        Assert.Equal("/docs/getting-started/install/", Redirect(site, "install/index.html"));
        Assert.Equal("/docs/getting-started/install/", Redirect(site, "docs/getting-started/setup-old/index.html"));

        // The Markdown twin starts where the reader's text starts.
        var twin = File.ReadAllText(Path.Combine(site.Output, "docs/getting-started/install/index.md"));
        Assert.DoesNotContain("+++", twin, StringComparison.Ordinal);
        Assert.StartsWith("# Install widgets", twin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_toml_front_matter_fails_the_build_at_the_file_line()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-front-matter-toml", CommandLine.ContentErrors);

        run.AssertDiagnostics("docs/bad.md:4:28: error DG2001: Invalid TOML front matter: Invalid newline in a string.");
        Assert.DoesNotContain("Secret body", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }

    private static string Page(TestSite site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    private static string Redirect(TestSite site, string stub) =>
        RedirectTarget().Match(File.ReadAllText(Path.Combine(site.Output, stub))).Groups[1].Value;

    [GeneratedRegex("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"")]
    private static partial Regex RedirectTarget();
}
