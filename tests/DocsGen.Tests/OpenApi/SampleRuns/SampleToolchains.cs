using System.Diagnostics;

namespace DocsGen.Tests.OpenApi.SampleRuns;

/// <summary>
/// The language toolchains on this machine. A missing one is reported by name (the run skips that
/// language and says so); tests/run-all.sh installs them: curl, node, python3 with requests, dotnet,
/// go (Debian golang-go), javac/java (Debian default-jdk-headless).
/// </summary>
internal static class SampleToolchains
{
    private static readonly Lazy<Dictionary<string, bool>> Present = new(() => new()
    {
        ["curl"] = Runs("curl", "--version"),
        ["js"] = Runs("node", "--version"),
        ["python"] = Runs("python3", "-c \"import requests\""),
        ["csharp"] = Runs("dotnet", "--version"),
        ["go"] = Runs("go", "version"),
        ["java"] = Runs("javac", "-version") && Runs("java", "-version"),
    });

    public static bool Has(string language) => Present.Value.GetValueOrDefault(language);

    public static IEnumerable<string> Missing => Present.Value.Where(p => !p.Value).Select(p => p.Key);

    private static bool Runs(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(60_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
