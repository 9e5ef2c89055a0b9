using DocsGen.Checks.Commands;

namespace DocsGen.Tests.Checks.Commands;

/// <summary>The documented normalisation of command output and the output block's wildcards.</summary>
public sealed class CommandOutputTests
{
    [Fact]
    public void Paths_times_version_colours_and_line_ends_are_normalised()
    {
        var printed = "\u001b[32mBuilt\u001b[0m 14 pages in 212 ms   \r\nOutput: /tmp/x/work/_site\r\nDocsGen 1.2.3 took 1.5 s\r\n\r\n";

        Assert.Equal("Built 14 pages in [TIME]\nOutput: [WORK]/_site\nDocsGen [VERSION] took [TIME]",
            CommandOutput.Normalise(printed, "/tmp/x/work", "/tmp/x", "1.2.3"));
    }

    [Theory]
    [InlineData("a\n...\nz", "a\nz")]
    [InlineData("a\n...\nz", "a\nb\nc\nz")]
    [InlineData("a\n...", "a\nb\nc")]
    [InlineData("Built [..] pages", "Built 14 pages")]
    public void Wildcards_match(string expected, string actual) => Assert.Null(CommandOutput.FirstDifference(expected, actual));

    [Theory]
    [InlineData("a\nb", "a\nc", 2, "b", "c")]
    [InlineData("a", "a\nextra", 2, "(end of output)", "extra")]
    [InlineData("Built [..] pages", "Built 14 files", 1, "Built [..] pages", "Built 14 files")]
    public void The_first_difference_is_reported(string expected, string actual, int line, string want, string got) =>
        Assert.Equal((line, want, got), CommandOutput.FirstDifference(expected, actual));
}
