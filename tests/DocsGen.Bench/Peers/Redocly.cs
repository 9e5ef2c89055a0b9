using System.Text.Json;
using DocsGen.Bench.Measurement;

namespace DocsGen.Bench.Peers;

/// <summary>
/// Redocly CLI's `build-docs`, which renders a whole spec into one Redoc HTML page. It is installed
/// once into its own folder, tests/.artifacts/redocly, and run as `node cli.js` rather than through npx,
/// so the measured process is Redocly itself (npx would add npm's start-up and hide the peak memory in
/// a child). Its own folder because npm prunes from a shared prefix the packages a later install does
/// not name (the tests' SARIF schema package lives in tests/.artifacts/npm).
/// </summary>
internal sealed class Redocly(string cliScript)
{
    public const string Version = "2.77.0";

    /// <summary>The npm prefix Redocly is installed into.</summary>
    public static string Prefix => Path.Combine(Folders.RepositoryRoot(), "tests", ".artifacts", "redocly");

    private static readonly Dictionary<string, string> QuietEnvironment = new()
    {
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
    };

    /// <summary>The pinned Redocly CLI from the local npm folder, installed first when asked; null when unavailable.</summary>
    public static async Task<Redocly?> FindAsync(bool install)
    {
        var prefix = Prefix;
        if (Installed(prefix) is { } found)
        {
            return new Redocly(found);
        }

        if (!install || Which("npm") is null || Which("npx") is null)
        {
            return null;
        }

        Console.Error.WriteLine($"Installing @redocly/cli@{Version} into {prefix} (--install-peers)...");
        Directory.CreateDirectory(prefix);
        var run = await ChildProcess.RunAsync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", $"@redocly/cli@{Version}"], prefix);
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine($"npm install failed ({run.ExitCode}):\n{run.Output}");
        }

        return Installed(prefix) is { } installed ? new Redocly(installed) : null;
    }

    public async Task<(ChildProcess.Result Run, long OutputBytes)> BuildDocsAsync(string spec, string outputFile)
    {
        var run = await ChildProcess.RunAsync("node", [cliScript, "build-docs", spec, "-o", outputFile],
            Path.GetDirectoryName(outputFile)!, QuietEnvironment);
        if (run.ExitCode != 0 || !File.Exists(outputFile))
        {
            throw new InvalidOperationException($"redocly build-docs failed ({run.ExitCode}):\n{run.Output}");
        }

        return (run, new FileInfo(outputFile).Length);
    }

    /// <summary>The CLI script when the pinned version is in <paramref name="prefix"/>.</summary>
    private static string? Installed(string prefix)
    {
        var package = Path.Combine(prefix, "node_modules", "@redocly", "cli");
        var manifest = Path.Combine(package, "package.json");
        var script = Path.Combine(package, "bin", "cli.js");
        if (!File.Exists(manifest) || !File.Exists(script))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) && version.GetString() == Version ? script : null;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
