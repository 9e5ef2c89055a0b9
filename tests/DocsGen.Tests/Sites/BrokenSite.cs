using DocsGen.Tests.Cli;

namespace DocsGen.Tests.Sites;

/// <summary>
/// Builds a broken site with the CLI the way a user would, and checks the promise of a failed build:
/// nothing is written, and the site from the previous good build stays exactly as it was.
/// </summary>
internal static class BrokenSite
{
    public static async Task<CliRun> BuildFailsAsync(string fixture, int exitCode, Action<TestSite>? prepare = null, params string[] extraArgs)
    {
        using var site = TestSite.Copy(fixture);
        prepare?.Invoke(site);

        var fresh = Path.Combine(site.Temp, "fresh-out");
        var run = await Docsgen.RunAsync(["build", site.Root, "--output", fresh, .. extraArgs]);
        run.AssertExitCode(exitCode);
        Assert.False(Directory.Exists(fresh), $"A failed build created its output folder {fresh}.");
        AssertNoStagingLeftovers(site.Temp);

        // A previous good build owns the output folder; the failed build must not touch it.
        using (var good = TestSite.Copy("minimal"))
        {
            var result = await good.BuildAsync(output: site.Output);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        var before = OutputTree.Hashes(site.Output);
        var again = await Docsgen.RunAsync(["build", site.Root, "--output", site.Output, .. extraArgs]);
        again.AssertExitCode(exitCode);
        Assert.Equal(before, OutputTree.Hashes(site.Output));
        AssertNoStagingLeftovers(site.Temp);
        return run;
    }

    /// <summary>A site with warnings only builds (exit 0); with --strict the same warnings fail it atomically.</summary>
    public static async Task<(CliRun Lenient, CliRun Strict)> BuildWarnsAsync(string fixture, Action<TestSite>? prepare = null)
    {
        using var site = TestSite.Copy(fixture);
        prepare?.Invoke(site);
        var lenient = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);
        lenient.AssertExitCode(0);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")), "A build with warnings only writes the site.");

        var strict = await BuildFailsAsync(fixture, 1, prepare, "--strict");
        return (lenient, strict);
    }

    private static void AssertNoStagingLeftovers(string parent) =>
        Assert.DoesNotContain(Directory.EnumerateDirectories(parent), d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal)
            || Path.GetFileName(d).Contains(".old-", StringComparison.Ordinal));
}
