using System.Diagnostics;
using System.Text.RegularExpressions;
using DocsGen.Tests.Shipping;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.OwnDocs;

/// <summary>
/// DocsGen's own docs, tested like code: every shell command a reader is told to run (every version
/// of the bundled docs and README.md) is run by a test or says why it cannot be, every block that
/// shows what commands print is verified by a run or says why not, and the {run} blocks pass
/// `docsgen check --run-commands`.
/// </summary>
public sealed partial class OwnDocsCommandTests(ITestOutputHelper output)
{
    /// <summary>Every page of every version of the bundled docs, then README.md.</summary>
    internal static IEnumerable<string> Documents() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Append(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void Every_shell_block_and_every_output_block_runs_or_says_why_not()
    {
        var blocks = Documents().SelectMany(DocumentedCommands.Read).ToList();
        var shell = blocks.Where(b => b.IsShell).ToList();
        // What commands print: ```output blocks, and text blocks right after a shell block.
        var outputs = blocks.Where(b => b.Language == "output" || (b.Language == "text" && b.AfterShell)).ToList();

        var unmarkedShell = shell.Where(b => !IsRunnable(b) && !b.Runs && !HasReason(b.Marker)).ToList();
        // `check --run-commands` compares an output block with the {run} block right before it; any other must say why nothing verifies it.
        var unverifiedOutput = outputs.Where(b => !(b.Language == "output" && b.AfterShell && IsRunnable(Previous(blocks, b))) && !HasReason(b.Marker)).ToList();

        output.WriteLine($"{shell.Count} shell blocks in {Documents().Count()} files: {shell.Count(IsRunnable)} {{run}} (check --run-commands), " +
            $"{shell.Count(b => b.Runs)} test: run (against the packed tool), {shell.Count(b => HasReason(b.Marker))} skipped with a reason.");
        output.WriteLine($"{outputs.Count} output blocks: {outputs.Count(b => !HasReason(b.Marker))} verified by a run, {outputs.Count(b => HasReason(b.Marker))} skipped with a reason.");
        Assert.True(unmarkedShell.Count == 0,
            "These shell blocks are neither run nor excused. Mark each ```bash {run} (with an ```output block after it when it prints something), " +
            $"or put {DocumentedCommands.SkipMarker} REASON --> on the line before it:\n  {string.Join("\n  ", unmarkedShell.Select(Where))}");
        Assert.True(unverifiedOutput.Count == 0,
            "These blocks show what commands print, but no run verifies them. Make each an ```output block right after the ```bash {run} block that prints it, " +
            $"or put {DocumentedCommands.SkipMarker} REASON --> on the line before it:\n  {string.Join("\n  ", unverifiedOutput.Select(Where))}");
        Assert.True(shell.Count(IsRunnable) >= 15, "The docs lost their runnable blocks.");
        Assert.True(outputs.Count(b => b.Language == "output") >= 8, "The docs lost their verified output blocks.");
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
        output.WriteLine(row.Value);
        // Every {run} block of every page ran: a page stops at its first failing block, which would be an error above.
        var runnable = Documents().Where(f => f.StartsWith(Path.Combine(RepoPaths.Root, "content"), StringComparison.Ordinal))
            .SelectMany(DocumentedCommands.Read).Count(IsRunnable);
        Assert.Equal(runnable, int.Parse(row.Groups["blocks"].Value));
    }

    private static bool IsRunnable(DocumentedBlock? block) => block is { IsShell: true } && RunAttribute().IsMatch(block.Arguments);

    private static DocumentedBlock? Previous(List<DocumentedBlock> blocks, DocumentedBlock block) =>
        blocks.IndexOf(block) is > 0 and var i && blocks[i - 1].File == block.File ? blocks[i - 1] : null;

    private static bool HasReason(string? marker) =>
        marker is not null && marker.StartsWith(DocumentedCommands.SkipMarker, StringComparison.Ordinal) && marker[DocumentedCommands.SkipMarker.Length..].TrimEnd('-', '>', ' ').Trim().Length > 0;

    private static string Where(DocumentedBlock block) => Path.GetRelativePath(RepoPaths.Root, block.File) + ":" + block.Line;

    [GeneratedRegex(@"^\{run[\s}]")]
    private static partial Regex RunAttribute();

    [GeneratedRegex(@"Commands\s+(?<blocks>\d+) blocks run on (?<pages>\d+) pages\s+0\s+0")]
    private static partial Regex CommandsRow();
}
