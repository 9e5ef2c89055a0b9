using System.Diagnostics;

namespace DocsGen.Tests.Shipping;

/// <summary>Runs a bash script as a user would type it, in a chosen folder and environment.</summary>
internal static class Shell
{
    public static async Task<ShellRun> RunAsync(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // -e: a failing command fails the block, as it would fail a CI step.
        start.ArgumentList.Add("-eo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Timed out after {timeout ?? TimeSpan.FromMinutes(3)}:\n{script}");
        }

        return new ShellRun(script, process.ExitCode, await stdout, await stderr);
    }
}

public sealed record ShellRun(string Script, int ExitCode, string Stdout, string Stderr)
{
    public ShellRun AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"`{Script}` exited {ExitCode}, expected {expected}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        return this;
    }

    public ShellRun AssertSucceeded() => AssertExitCode(0);
}
