using DocsGen.Tests.Cli;

namespace DocsGen.Tests.Changelog;

/// <summary>`docsgen diff OLD NEW` run in-process on the petstore pair whose reports are checked in under Fixtures/ApiDiff.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DiffCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ApiDiff", name);

    private static string Expected(string name) => File.ReadAllText(Fixture(name)).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("text", "petstore-v1-to-v2.txt")]
    [InlineData("json", "petstore-v1-to-v2.json")]
    [InlineData("markdown", "petstore-v1-to-v2.md")]
    public async Task Diff_prints_the_report_in_the_chosen_format_and_exits_0_without_fail_on(string format, string expected)
    {
        var run = await Docsgen.RunAsync("diff", Fixture("petstore-v1.yaml"), Fixture("petstore-v2.yaml"), "--format", format);

        run.AssertExitCode(0);
        run.AssertDiagnostics();
        Assert.Equal(Expected(expected), run.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("breaking")]
    [InlineData("potentially-breaking")]
    public async Task Diff_exits_1_when_a_change_is_at_or_above_fail_on(string level)
    {
        var run = await Docsgen.RunAsync("diff", Fixture("petstore-v1.yaml"), Fixture("petstore-v2.yaml"), "--fail-on", level);

        run.AssertExitCode(1);
    }

    [Fact]
    public async Task Diff_of_a_spec_with_itself_reports_no_changes_and_exits_0_even_with_fail_on()
    {
        var run = await Docsgen.RunAsync("diff", Fixture("petstore-v2.yaml"), Fixture("petstore-v2.yaml"), "--fail-on", "potentially-breaking");

        run.AssertExitCode(0);
        Assert.Contains("No changes", run.Stdout);
    }

    [Fact]
    public async Task Diff_writes_the_report_to_output_and_prints_the_summary()
    {
        var file = Path.Combine(Path.GetTempPath(), $"docsgen-diff-{Guid.NewGuid():N}.md");
        try
        {
            var run = await Docsgen.RunAsync("diff", Fixture("petstore-v1.yaml"), Fixture("petstore-v2.yaml"), "--format", "markdown", "--output", file);

            run.AssertExitCode(0);
            Assert.Equal("", run.Stdout);
            Assert.Contains("5 breaking", run.Stderr);
            Assert.Equal(Expected("petstore-v1-to-v2.md"), File.ReadAllText(file).ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Diff_will_not_write_its_report_over_a_spec_it_compares()
    {
        var old = Path.Combine(Path.GetTempPath(), $"docsgen-diff-old-{Guid.NewGuid():N}.yaml");
        File.Copy(Fixture("petstore-v1.yaml"), old);
        try
        {
            var run = await Docsgen.RunAsync("diff", old, Fixture("petstore-v2.yaml"), "--output", old);

            run.AssertExitCode(2);
            Assert.Contains("is one of the specs being compared", run.Stderr);
            Assert.Equal(File.ReadAllText(Fixture("petstore-v1.yaml")), File.ReadAllText(old));
        }
        finally
        {
            File.Delete(old);
        }
    }

    [Fact]
    public async Task Diff_exits_2_with_a_diagnostic_when_a_spec_cannot_be_loaded()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"docsgen-missing-{Guid.NewGuid():N}.yaml");

        var run = await Docsgen.RunAsync("diff", missing, Fixture("petstore-v2.yaml"));

        run.AssertExitCode(2);
        Assert.Single(run.Diagnostics);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Diff_rejects_an_unknown_fail_on_level_as_a_usage_error()
    {
        var run = await Docsgen.RunAsync("diff", Fixture("petstore-v1.yaml"), Fixture("petstore-v2.yaml"), "--fail-on", "cosmetic");

        run.AssertExitCode(2);
    }
}
