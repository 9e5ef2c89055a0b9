using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Commands;

/// <summary>What `--run-commands` found, and how many blocks it ran.</summary>
public sealed record CommandCheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Ran, int Pages);

/// <summary>
/// `docsgen check --run-commands`: each page's {run} blocks run in order in a fresh copy of
/// checks.commands.workdir, and each output block is compared with what its commands printed
/// (<see cref="CommandOutput"/> says how output is normalised). Pages run one after another,
/// in route order, so results never depend on timing.
/// </summary>
public static partial class CommandCheck
{
    public static async Task<CommandCheckResult> RunAsync(SiteConfig config, IEnumerable<Page> guides, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var pages = guides
            .Select(page => (Page: page, Blocks: RunnableBlocks.Find(page.CodeBlocks, diagnostics)))
            .Where(p => p.Blocks.Count > 0)
            .OrderBy(p => p.Page.Version, StringComparer.Ordinal).ThenBy(p => p.Page.Route, StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0)
        {
            return new CommandCheckResult(diagnostics.ToList(), 0, 0);
        }

        var settings = config.Checks.Commands;
        var (runner, problem) = await ShellRunner.CreateAsync(settings.Network, cancellationToken);
        if (runner is null)
        {
            diagnostics.Error(DiagnosticCodes.CommandsCannotRun, $"Cannot run command blocks: {problem}.", pages[0].Blocks[0].Commands.Location,
                settings.Network ? "Install bash." : "Install bash and unshare (util-linux), or allow the network with 'checks.commands.network: true'.");
            return new CommandCheckResult(diagnostics.ToList(), 0, pages.Count);
        }

        var ran = 0;
        foreach (var (_, blocks) in pages)
        {
            using var scratch = new ScratchFolder(settings.WorkDir, config.ReadRoots, [config.Output, Path.Combine(config.Root, ".docsgen")]);
            var env = Environment(settings, scratch);
            foreach (var block in blocks)
            {
                ran++;
                var result = await runner.RunAsync(block.Commands.Code, scratch, env, settings.Timeout, cancellationToken, block.Until);
                if (!Verify(block, result, scratch, settings, diagnostics))
                {
                    // Later blocks build on this one; their failures would only repeat it.
                    break;
                }
            }
        }

        return new CommandCheckResult(diagnostics.ToList(), ran, pages.Count);
    }

    /// <summary>DocsGen's version as `docsgen --version` prints it, which output blocks may show.</summary>
    public static string Version => References.DocsGenVersion.Current;

    private static bool Verify(RunnableBlock block, ShellResult result, ScratchFolder scratch, CommandsConfig settings, DiagnosticBag diagnostics)
    {
        var output = CommandOutput.Normalise(result.Output, scratch.Work, scratch.Root, Version);
        if (result.TimedOut)
        {
            diagnostics.Error(DiagnosticCodes.CommandTimedOut, $"The commands did not finish within {settings.Timeout.TotalSeconds:0} s and were stopped.{Tail(output)}",
                block.Commands.Location, "Make the commands finish sooner, or raise checks.commands.timeout in docsgen.yml.");
            return false;
        }

        if (block.Until is { } until && !result.Stopped)
        {
            diagnostics.Error(DiagnosticCodes.CommandEndedBeforeUntil, $"The commands ended with exit code {result.ExitCode} before printing '{until}'.{Tail(output)}",
                block.Commands.Location, "Fix the commands so they start (a server whose port is taken ends at once), or make the until= text part of what they print once ready.");
            return false;
        }

        if (!result.Stopped && result.ExitCode != block.ExpectedExit)
        {
            diagnostics.Error(DiagnosticCodes.CommandFailed, $"The commands exited with {result.ExitCode}, expected {block.ExpectedExit}.{Tail(output)}",
                block.Commands.Location, block.ExpectedExit == 0
                    ? "Fix the commands (they run with bash -e in a copy of checks.commands.workdir), or declare the exit code with {run exit=N}."
                    : "Fix the commands, or the exit code in {run exit=N}.");
            return false;
        }

        if (block.Output is not { } shown)
        {
            return true;
        }

        var expected = CommandOutput.Normalise(shown.Code, scratch.Work, scratch.Root, Version);
        if (CommandOutput.FirstDifference(expected, output) is not { } difference)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.CommandOutputMismatch,
            $"The commands at line {block.Commands.Location.Line} printed other output than this block shows, from its line {difference.Line}: expected '{difference.Expected}', got '{difference.Actual}'.",
            shown.Location, "Update the output block to what the commands print (after normalisation: [WORK], [TMP], [TIME], [VERSION]; '...' and '[..]' match anything), or fix the commands.");
        return true;
    }

    /// <summary>The last lines the commands printed, for a failure's message.</summary>
    private static string Tail(string output)
    {
        var lines = output.Split('\n').Where(l => l.Length > 0).TakeLast(3).ToList();
        return lines.Count == 0 ? " They printed nothing." : $" Last output: {string.Join(" / ", lines)}";
    }

    /// <summary>A clean environment: the blocks see PATH, a home and temp folder of their own, fixed locale and time zone, and what docsgen.yml declares.</summary>
    private static Dictionary<string, string> Environment(CommandsConfig settings, ScratchFolder scratch)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = scratch.Home,
            ["TMPDIR"] = scratch.Temp,
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["TZ"] = "UTC",
            ["TERM"] = "dumb",
            ["NO_COLOR"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        if (System.Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot)
        {
            env["DOTNET_ROOT"] = dotnetRoot;
        }

        foreach (var (name, value) in settings.Env)
        {
            env[name] = Variable().Replace(value, m => System.Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? "");
        }

        return env;
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();
}
