using System.Text.RegularExpressions;
using DocsGen.Cli;

namespace DocsGen.Tests.Cli;

/// <summary>Runs `docsgen ARGS` in-process and keeps what it printed.</summary>
internal static partial class Docsgen
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            var exitCode = await CommandLine.RunAsync(args);
            return new CliRun(args, exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Gate.Release();
        }
    }

    [GeneratedRegex(@": (error|warning) DG\d{4}: ")]
    internal static partial Regex DiagnosticLine();
}

/// <summary>One CLI run: exit code and output, with the diagnostic lines picked out of stderr.</summary>
internal sealed record CliRun(string[] Args, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The printed diagnostics ("file:line:col: severity CODE: message Hint: ..."), in printed order.</summary>
    public IReadOnlyList<string> Diagnostics =>
        Stderr.Split('\n')
            .Select(line => line.Split('\r')[^1].TrimEnd())
            .Where(line => Docsgen.DiagnosticLine().IsMatch(line))
            .ToList();

    /// <summary>Fails unless the printed diagnostics are exactly these, each given by its beginning.</summary>
    public void AssertDiagnostics(params string[] expectedPrefixes)
    {
        var actual = Diagnostics;
        var matches = actual.Count == expectedPrefixes.Length
            && actual.Zip(expectedPrefixes).All(pair => pair.First.StartsWith(pair.Second, StringComparison.Ordinal));
        Assert.True(matches,
            $"Expected diagnostics:\n  {string.Join("\n  ", expectedPrefixes)}\nbut docsgen {string.Join(' ', Args)} printed:\n  {string.Join("\n  ", actual)}");
    }

    public void AssertExitCode(int expected) =>
        Assert.True(ExitCode == expected,
            $"docsgen {string.Join(' ', Args)} exited {ExitCode}, expected {expected}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
}
