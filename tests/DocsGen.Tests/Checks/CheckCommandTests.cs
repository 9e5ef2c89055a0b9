using System.Xml.Linq;
using DocsGen.Cli;

namespace DocsGen.Tests.Checks;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "docsgen-check-cli-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_scratch);

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task A_clean_site_exits_0_and_a_site_with_broken_links_exits_1()
    {
        Assert.Equal(CommandLine.Ok, await CommandLine.RunAsync(["check", CheckFixtures.Site("clean"), "-o", Path.Combine(_scratch, "clean.json"), "-f", "json"]));
        Assert.Equal(CommandLine.ContentErrors, await CommandLine.RunAsync(["check", CheckFixtures.Site("broken-links"), "-o", Path.Combine(_scratch, "broken.json"), "-f", "json"]));
    }

    [Fact]
    public async Task A_folder_without_config_and_an_unknown_format_exit_2()
    {
        Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", _scratch, "-o", Path.Combine(_scratch, "r.json"), "-f", "json"]));
        Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", CheckFixtures.Site("clean"), "--format", "yaml"]));
    }

    [Theory]
    [InlineData("-o", "docsgen.yml")]
    [InlineData("-o", "versions/v1/index.md")]
    [InlineData("--coverage-report", "versions/v1/index.md")]
    [InlineData("--cache", "docsgen.yml")]
    public async Task A_report_over_one_of_the_sites_sources_is_refused_and_the_source_kept(string option, string source)
    {
        var root = CheckFixtures.Copy("clean");
        try
        {
            var path = Path.Combine(root, source);
            var before = await File.ReadAllTextAsync(path);

            Assert.Equal(CommandLine.UsageErrors, await CommandLine.RunAsync(["check", root, "-f", "junit", option, path]));
            Assert.Equal(before, await File.ReadAllTextAsync(path));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Warnings_fail_the_check_only_with_warnings_as_errors()
    {
        var root = CheckFixtures.Copy("clean");
        try
        {
            await File.AppendAllTextAsync(Path.Combine(root, "versions", "v1", "index.md"), "\nSee [a lost heading](guides/install.md#gone).\n");
            var report = Path.Combine(_scratch, "report.xml");

            Assert.Equal(CommandLine.Ok, await CommandLine.RunAsync(["check", root, "-f", "junit", "-o", report]));
            Assert.Equal(CommandLine.ContentErrors, await CommandLine.RunAsync(["check", root, "-f", "junit", "-o", report, "--warnings-as-errors"]));
            Assert.Equal(1, (int)XDocument.Load(report).Root!.Attribute("failures")!);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_report_file_is_written_in_the_chosen_format()
    {
        var sarif = Path.Combine(_scratch, "check.sarif");

        await CommandLine.RunAsync(["check", CheckFixtures.Site("broken-links"), "--format", "sarif", "--output", sarif]);

        var schema = await NJsonSchema.JsonSchema.FromFileAsync(SarifSchema.Path);
        Assert.Empty(schema.Validate(await File.ReadAllTextAsync(sarif)));
        Assert.Contains("\"ruleId\": \"DG4002\"", await File.ReadAllTextAsync(sarif));
    }
}
