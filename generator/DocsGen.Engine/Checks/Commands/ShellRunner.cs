using System.Diagnostics;
using System.Text;

namespace DocsGen.Checks.Commands;

/// <summary>What one block's run gave: its exit code and merged output, or that it ran out of time.</summary>
internal sealed record ShellResult(int ExitCode, string Output, bool TimedOut);

/// <summary>
/// Runs a block's text with bash (-e -o pipefail: the block stops at the first failing command) in a
/// clean environment; without network permission inside `unshare --net`, a network namespace with
/// only a loopback device that is down.
/// </summary>
internal sealed class ShellRunner
{
    private const int MaxOutputChars = 1 << 20;
    private readonly string _bash;
    private readonly string? _unshare;

    private ShellRunner(string bash, string? unshare)
    {
        _bash = bash;
        _unshare = unshare;
    }

    /// <summary>A runner, or why none can run here.</summary>
    public static async Task<(ShellRunner? Runner, string? Problem)> CreateAsync(bool network, CancellationToken cancellationToken)
    {
        if (FindOnPath("bash") is not { } bash)
        {
            return (null, "bash is not on PATH");
        }

        if (network)
        {
            return (new ShellRunner(bash, null), null);
        }

        if (FindOnPath("unshare") is not { } unshare)
        {
            return (null, "the network cannot be turned off without unshare (util-linux, Linux only)");
        }

        // User namespaces may be disabled (sysctl, containers): try once before trusting it.
        using var probe = Process.Start(new ProcessStartInfo(unshare, ["--user", "--map-root-user", "--net", "true"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await probe.WaitForExitAsync(cancellationToken);
        return probe.ExitCode == 0
            ? (new ShellRunner(bash, unshare), null)
            : (null, $"unshare cannot create a network namespace here ({(await probe.StandardError.ReadToEndAsync(cancellationToken)).Trim()})");
    }

    public async Task<ShellResult> RunAsync(string script, ScratchFolder scratch, IReadOnlyDictionary<string, string> env, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var file = Path.Combine(scratch.Scripts, $"block-{Directory.GetFiles(scratch.Scripts).Length + 1}.sh");
        await File.WriteAllTextAsync(file, "exec 2>&1\n" + script, cancellationToken);
        var bashArgs = new[] { "--noprofile", "--norc", "-e", "-o", "pipefail", file };
        var start = _unshare is null
            ? new ProcessStartInfo(_bash, bashArgs)
            : new ProcessStartInfo(_unshare, ["--user", "--map-root-user", "--net", "--", _bash, .. bashArgs]);
        start.WorkingDirectory = scratch.Work;
        start.RedirectStandardOutput = true;
        start.RedirectStandardInput = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.Environment.Clear();
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var reading = ReadCappedAsync(process.StandardOutput);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return new ShellResult(-1, await reading, TimedOut: true);
        }

        return new ShellResult(process.ExitCode, await reading, TimedOut: false);
    }

    private static async Task<string> ReadCappedAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            if (text.Length < MaxOutputChars)
            {
                text.Append(buffer, 0, Math.Min(read, MaxOutputChars - text.Length));
            }
        }

        return text.ToString();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
