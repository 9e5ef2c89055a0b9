using System.Diagnostics;
using System.Text;

namespace DocsGen.Checks.Commands;

/// <summary>
/// What one block's run gave: its exit code and merged output, or that it ran out of time, or that it
/// printed the text it was to run until and was stopped then (<see cref="Stopped"/>).
/// </summary>
internal sealed record ShellResult(int ExitCode, string Output, bool TimedOut, bool Stopped = false);

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

    /// <param name="until">For a command that runs until stopped: once a whole line of output contains this text, the commands are stopped and the output up to that line is the result.</param>
    public async Task<ShellResult> RunAsync(string script, ScratchFolder scratch, IReadOnlyDictionary<string, string> env, TimeSpan timeout, CancellationToken cancellationToken, string? until = null)
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
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = ReadCappedAsync(process.StandardOutput, until, ready);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var exited = process.WaitForExitAsync(deadline.Token);
            if (await Task.WhenAny(exited, ready.Task) == ready.Task)
            {
                // A server that said it is ready: stop it, as the reader would with Ctrl+C.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                try
                {
                    await reading.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
                }
                catch (TimeoutException)
                {
                    // A process that left the tree (setsid, a daemon) still holds the output; what came before the ready line is all that is compared.
                }

                return new ShellResult(0, await ready.Task, TimedOut: false, Stopped: true);
            }

            await exited;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return new ShellResult(-1, await reading, TimedOut: true);
        }

        var output = await reading;
        // The text may come in the last line of a command that ended by itself.
        return ready.Task.IsCompleted
            ? new ShellResult(0, await ready.Task, TimedOut: false, Stopped: true)
            : new ShellResult(process.ExitCode, output, TimedOut: false);
    }

    /// <summary>Reads all output (up to a cap); completes <paramref name="ready"/> with the output up to the first whole line containing <paramref name="until"/>.</summary>
    private static async Task<string> ReadCappedAsync(StreamReader reader, string? until, TaskCompletionSource<string> ready)
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

            if (until is not null && !ready.Task.IsCompleted && UpToLineWith(text.ToString(), until) is { } upTo)
            {
                ready.TrySetResult(upTo);
            }
        }

        if (until is not null && !ready.Task.IsCompleted && text.ToString() is var all && all.Contains(until, StringComparison.Ordinal))
        {
            ready.TrySetResult(all);
        }

        return text.ToString();
    }

    private static string? UpToLineWith(string text, string until)
    {
        var at = text.IndexOf(until, StringComparison.Ordinal);
        var end = at < 0 ? -1 : text.IndexOf('\n', at + until.Length);
        return end < 0 ? null : text[..(end + 1)];
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
