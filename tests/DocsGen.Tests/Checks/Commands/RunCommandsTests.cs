using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.Checks.Commands;

/// <summary>
/// `docsgen check --run-commands` on the fixture sites commands-pass, commands-mismatch and
/// commands-timeout: shell blocks marked {run} run for real (bash, in scratch copies), and their
/// output blocks are compared after the documented normalisation.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunCommandsTests
{
    /// <summary>`docsgen check ROOT -f github ...`: one annotation line per finding, whatever the terminal.</summary>
    private static Task<CliRun> CheckAsync(string root, params string[] options) => Docsgen.RunAsync(["check", root, "--format", "github", .. options]);

    /// <summary>The findings as "file:line:col: severity CODE: message", the file relative to the site.</summary>
    private static List<string> Findings(CliRun run) =>
        Regex.Matches(run.Stdout + run.Stderr, @"^::(error|warning) file=(?:[^,]*?/)?((?:versions/|docsgen\.yml)[^,]*),line=(\d+),col=(\d+),title=(DG\d+)::(.*?)(?:%0A.*)?$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[2].Value}:{m.Groups[3].Value}:{m.Groups[4].Value}: {m.Groups[1].Value} {m.Groups[5].Value}: {m.Groups[6].Value.TrimEnd('\r')}")
            .Concat(run.Diagnostics)
            .ToList();

    private static void AssertFindings(CliRun run, params string[] expectedPrefixes)
    {
        var actual = Findings(run);
        Assert.True(actual.Count == expectedPrefixes.Length && actual.Zip(expectedPrefixes).All(p => p.First.StartsWith(p.Second, StringComparison.Ordinal)),
            $"Expected:\n  {string.Join("\n  ", expectedPrefixes)}\nbut docsgen {string.Join(' ', run.Args)} reported:\n  {string.Join("\n  ", actual)}\nstdout:\n{run.Stdout}\nstderr:\n{run.Stderr}");
    }

    [Fact]
    public async Task Passing_blocks_run_in_order_in_a_fresh_copy_of_the_workdir_per_page()
    {
        using var site = TestSite.Copy("commands-pass");
        var notesBefore = File.ReadAllText(site.PathOf("example/notes.txt"));

        var run = await Docsgen.RunAsync("check", site.Root, "--run-commands");

        run.AssertExitCode(Ok);
        Assert.Matches(@"Commands\s+6 blocks run on 2 pages\s+0\s+0", run.Stdout);
        Assert.Contains("Check passed: 0 errors, 0 warnings.", run.Stdout);
        Assert.Equal(notesBefore, File.ReadAllText(site.PathOf("example/notes.txt")));
    }

    [Fact]
    public async Task A_stale_output_block_and_a_failing_command_are_errors_at_their_blocks()
    {
        using var site = TestSite.Copy("commands-mismatch");

        var run = await CheckAsync(site.Root, "--run-commands");

        run.AssertExitCode(ContentErrors);
        AssertFindings(run,
            "versions/v1/index.md:10:1: error DG5040: The commands at line 5 printed other output than this block shows, from its line 1: expected 'Built 14 pages', got 'Built 15 pages'.",
            "versions/v1/index.md:15:1: error DG5041: The commands exited with 1, expected 0. Last output: about to fail",
            "versions/v1/orphan.md:9:1: warning DG5044: This output block follows no {run} command block");
    }

    [Fact]
    public async Task Without_the_option_nothing_runs_and_stale_output_is_not_reported()
    {
        using var site = TestSite.Copy("commands-mismatch");

        var run = await Docsgen.RunAsync("check", site.Root);

        run.AssertExitCode(Ok);
        Assert.Contains("Check passed: 0 errors, 0 warnings.", run.Stdout);
        Assert.DoesNotContain("blocks run on", run.Stdout);
    }

    [Fact]
    public async Task A_block_that_outlives_the_timeout_is_stopped_and_reported()
    {
        using var site = TestSite.Copy("commands-timeout");
        var clock = Stopwatch.StartNew();

        var run = await CheckAsync(site.Root, "--run-commands");

        run.AssertExitCode(ContentErrors);
        AssertFindings(run, "versions/v1/index.md:5:1: error DG5042: The commands did not finish within 2 s and were stopped. Last output: listening");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(55), $"The check waited for the command ({clock.Elapsed}), not for the timeout.");
    }

    [Fact]
    public async Task Blocks_cannot_reach_the_network_unless_docsgen_yml_allows_it()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: network\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", $$"""
            # Calling a server

            ```bash {run}
            exec 3<>/dev/tcp/127.0.0.1/{{port}} && echo connected
            ```

            ```output
            connected
            ```
            """);

        var isolated = await CheckAsync(site.Root, "--run-commands");
        isolated.AssertExitCode(ContentErrors);
        Assert.Contains(Findings(isolated), f => f.StartsWith("versions/v1/index.md:3:1: error DG5041: The commands exited with 1", StringComparison.Ordinal));

        site.AppendToConfig("checks:\n  commands:\n    network: true");
        var allowed = await CheckAsync(site.Root, "--run-commands");
        allowed.AssertExitCode(Ok);
        AssertFindings(allowed);
    }

    [Fact]
    public async Task A_server_block_runs_until_its_ready_line_then_is_stopped_and_its_output_so_far_compared()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: servers\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", """
            # A server

            ```bash {run until="listening on"}
            echo $$ > server.pid
            echo "starting"
            echo "listening on 127.0.0.1:8080 (Ctrl+C to stop)"
            echo "first request"
            sleep 600
            ```

            ```output
            starting
            listening on 127.0.0.1:8080 (Ctrl+C to stop)
            ```

            The next block finds the server stopped:

            ```bash {run}
            state=$(awk '/^State:/ {print $2}' "/proc/$(cat server.pid)/status" 2>/dev/null || true)
            case "$state" in ""|Z) echo stopped ;; *) echo "still running ($state)" ;; esac
            ```

            ```output
            stopped
            ```
            """);

        var run = await CheckAsync(site.Root, "--run-commands");

        run.AssertExitCode(Ok);
        AssertFindings(run);
    }

    [Fact]
    public async Task A_server_block_that_ends_before_its_ready_line_is_DG5045_at_the_block()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: servers\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", """
            # A server whose port is taken

            ```bash {run until="Ctrl+C to stop"}
            echo "Port 5000 is in use."
            exit 2
            ```

            ```output
            Serving at http://127.0.0.1:5000/ (Ctrl+C to stop)
            ```
            """);

        var run = await CheckAsync(site.Root, "--run-commands");

        run.AssertExitCode(ContentErrors);
        AssertFindings(run, "versions/v1/index.md:3:1: error DG5045: The commands ended with exit code 2 before printing 'Ctrl+C to stop'. Last output: Port 5000 is in use.");
    }

    [Fact]
    public async Task A_workdir_outside_the_site_is_refused_as_configuration()
    {
        using var site = TestSite.Copy("commands-pass");
        File.WriteAllText(site.PathOf("docsgen.yml"), File.ReadAllText(site.PathOf("docsgen.yml")).Replace("workdir: example", "workdir: ../..", StringComparison.Ordinal));

        var run = await CheckAsync(site.Root, "--run-commands");

        run.AssertExitCode(UsageErrors);
        AssertFindings(run, "docsgen.yml:8:14: error DG1009: 'workdir' leads to");
    }
}
