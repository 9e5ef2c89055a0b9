using System.Diagnostics;
using System.Text;

namespace DocsGen.Tests.OpenApi.SampleRuns;

internal sealed record ProcessResult(int ExitCode, string Output);

/// <summary>Runs a program with the samples' environment and a time limit; output is stdout and stderr together.</summary>
internal static class ProcessRun
{
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(-1, $"timed out after {timeout.TotalSeconds} s: {file} {string.Join(' ', arguments)}");
        }

        output.Append(await stdout).Append(await stderr);
        return new ProcessResult(process.ExitCode, output.ToString());
    }
}
