using DocsGen.Output;
using DocsGen.Tests.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Output;

/// <summary>
/// A build killed between staging and swap leaves `.out.staging-PID-N` or `out.old-PID-N` beside the output;
/// the next build removes them when that process is gone, and leaves those of a build still running.
/// </summary>
public sealed class OutputLeftoversTests
{
    [Fact]
    public async Task A_build_removes_the_staging_and_old_folders_of_killed_builds_and_keeps_those_of_running_ones()
    {
        using var site = TestSite.Copy("minimal");
        var dead = ServeSecurityTests.DeadProcessId();
        var parent = Path.GetDirectoryName(site.Output)!;
        string[] leftovers = [$".out.staging-{dead}-1", $"out.old-{dead}-3"];
        string[] running = [$".out.staging-{Environment.ProcessId}-999", $"out.old-{Environment.ProcessId}-999"];
        // Names that only look alike belong to someone else.
        string[] unrelated = [$"out.old-{dead}x", $".other.staging-{dead}-1", "out.old-notanumber-1"];
        foreach (var name in leftovers.Concat(running).Concat(unrelated))
        {
            Directory.CreateDirectory(Path.Combine(parent, name, "v1"));
            File.WriteAllText(Path.Combine(parent, name, "v1", "index.html"), "<p>half</p>");
        }

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.All(leftovers, name => Assert.False(Directory.Exists(Path.Combine(parent, name)), $"{name} was left"));
        Assert.All(running.Concat(unrelated), name => Assert.True(Directory.Exists(Path.Combine(parent, name)), $"{name} was removed"));
    }

    [Fact]
    public void Once_the_new_site_is_in_place_a_failed_cleanup_is_a_problem_to_report_not_a_failure()
    {
        var root = Directory.CreateTempSubdirectory("docsgen-staged-").FullName;
        try
        {
            var target = Path.Combine(root, "site");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "index.html"), "<p>old</p>");
            using (var output = new StagedOutput(target, _ => throw new IOException("Directory not empty")))
            {
                output.Write("index.html", "<p>new</p>");
                output.Commit();

                Assert.StartsWith("The new site is in place, but the previous one could not be deleted from ", output.CleanupProblem, StringComparison.Ordinal);
                Assert.EndsWith(": Directory not empty", output.CleanupProblem, StringComparison.Ordinal);
            }

            Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(target, "index.html")));
            Assert.Single(Directory.GetDirectories(root, "site.old-*"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
