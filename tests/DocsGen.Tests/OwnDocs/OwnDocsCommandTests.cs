using System.Diagnostics;
using System.Text.RegularExpressions;
using DocsGen.Tests.Shipping;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.OwnDocs;

/// <summary>
/// DocsGen's own docs, tested like code: every shell command a reader is told to run is run by a
/// test or says why it cannot be, and the {run} blocks pass `docsgen check --run-commands`.
/// </summary>
public sealed partial class OwnDocsCommandTests
{
    [Fact]
    public void Every_shell_block_of_the_docs_and_the_readme_runs_or_says_why_not()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", "versions", "v2"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Append(Path.Combine(RepoPaths.Root, "README.md"));
        var blocks = files.SelectMany(DocumentedCommands.Read).Where(b => b.IsShell).ToList();
        var unmarked = blocks
            .Where(b => !b.Arguments.Contains("{run", StringComparison.Ordinal) && !b.Runs && !HasReason(b.Marker))
            .Select(b => Path.GetRelativePath(RepoPaths.Root, b.File) + ":" + b.Line)
            .ToList();

        Assert.True(unmarked.Count == 0,
            "These shell blocks are neither run nor excused. Mark each ```bash {run} (with an ```output block after it when it prints something), " +
            $"or put {DocumentedCommands.SkipMarker} REASON --> on the line before it:\n  {string.Join("\n  ", unmarked)}");
        Assert.True(blocks.Count(b => b.Arguments.Contains("{run", StringComparison.Ordinal)) >= 6, "The docs lost their runnable blocks.");
    }

    [Fact]
    public async Task The_runnable_blocks_of_the_bundled_docs_pass_check_run_commands()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        var program = Path.Combine(AppContext.BaseDirectory, "docsgen");
        var start = new ProcessStartInfo(program, ["check", site.Root, "--run-commands"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // The blocks call `docsgen`: the one built with these tests, first on PATH.
        start.Environment["PATH"] = AppContext.BaseDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"docsgen check --run-commands on content/ exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        var row = CommandsRow().Match(await stdout);
        Assert.True(row.Success, await stdout);
        Assert.True(int.Parse(row.Groups["blocks"].Value) >= 6, row.Value);
    }

    private static bool HasReason(string? marker) =>
        marker is not null && marker.StartsWith(DocumentedCommands.SkipMarker, StringComparison.Ordinal) && marker[DocumentedCommands.SkipMarker.Length..].TrimEnd('-', '>', ' ').Trim().Length > 0;

    [GeneratedRegex(@"Commands\s+(?<blocks>\d+) blocks run on (?<pages>\d+) pages\s+0\s+0")]
    private static partial Regex CommandsRow();
}
