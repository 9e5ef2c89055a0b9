using System.Text.Json;
using DocsGen.Tests.Sites;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.Cli;

/// <summary>What the docs told readers to type and the program once refused: it now does what the docs say.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocumentedUsageTests
{
    [Fact]
    public async Task Check_format_text_is_the_human_report()
    {
        using var site = TestSite.Copy("minimal");

        var text = await Docsgen.RunAsync("check", site.Root, "--format", "text");
        var human = await Docsgen.RunAsync("check", site.Root, "--format", "human");

        text.AssertExitCode(Ok);
        human.AssertExitCode(Ok);
        Assert.Contains("Check passed: 0 errors, 0 warnings.", text.Stdout);
        Assert.Contains("Check passed: 0 errors, 0 warnings.", human.Stdout);
        (await Docsgen.RunAsync("check", site.Root, "--format", "yaml")).AssertExitCode(UsageErrors);
    }

    [Fact]
    public async Task Root_may_name_the_config_file_itself()
    {
        using var site = TestSite.Copy("minimal");

        var run = await Docsgen.RunAsync("build", site.PathOf("docsgen.yml"), "--output", site.Output);

        run.AssertExitCode(Ok);
        Assert.True(File.Exists(Path.Combine(site.Output, "v1", "guide", "index.html")));
    }

    [Fact]
    public async Task Search_exclude_leaves_a_page_out_of_the_index()
    {
        using var site = TestSite.Copy("minimal");
        site.AppendToConfig("search:\n  exclude: [guide]");

        (await Docsgen.RunAsync("build", site.Root, "--output", site.Output)).AssertExitCode(Ok);

        var urls = Directory.GetFiles(Path.Combine(site.Output, "search", "v1", "d"))
            .SelectMany(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement.EnumerateArray())
            .Select(e => e.ToString()).ToList();
        Assert.NotEmpty(urls);
        Assert.DoesNotContain(urls, u => u.Contains("v1/guide/", StringComparison.Ordinal));
    }
}
