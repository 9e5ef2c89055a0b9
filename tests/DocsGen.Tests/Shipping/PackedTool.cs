using System.IO.Compression;
using System.Runtime.InteropServices;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Shipping;

/// <summary>
/// `dotnet pack generator/DocsGen.Cli` once for a test class, into a temporary feed, and sandboxes in
/// which that feed is the only NuGet source: `dotnet tool install DocsGen` there can only find the
/// package just packed, never a stale copy in a cache or a same-named package elsewhere.
/// </summary>
public sealed class PackedTool : IAsyncLifetime
{
    /// <summary>The machine's own RID only: precompiling for all five shipped RIDs takes minutes.</summary>
    public static string Rid => RuntimeInformation.RuntimeIdentifier;

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "docsgen-ship-" + Guid.NewGuid().ToString("N")[..8]);

    public string Feed => Path.Combine(_temp, "feed");

    public string Version { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var project = Path.Combine(RepoPaths.Root, "generator", "DocsGen.Cli");
        // The pack writes only the feed (and the project's ignored bin/ and obj/), never tracked files.
        var pack = await Shell.RunAsync(
            $"dotnet pack '{project}' -c Release -o '{Feed}' -nologo -p:DocsGenToolRids={Rid}",
            _temp, BaseEnvironment, TimeSpan.FromMinutes(7));
        pack.AssertSucceeded();
        // DocsGen.1.0.0.nupkg is the pointer; DocsGen.linux-x64.1.0.0.nupkg and DocsGen.any.1.0.0.nupkg hold the tool.
        Version = Directory.GetFiles(Feed, "DocsGen.*.nupkg").Select(Path.GetFileName)
            .Select(name => System.Text.RegularExpressions.Regex.Match(name!, @"^DocsGen\.(\d+\.\d+\.\d+.*)\.nupkg$"))
            .Single(match => match.Success).Groups[1].Value;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file must not fail the run; the OS cleans temp.
        }

        return Task.CompletedTask;
    }

    /// <summary>The package file in the feed: "DocsGen" (the pointer) or "DocsGen.linux-x64".</summary>
    public ZipArchive OpenPackage(string id) => ZipFile.OpenRead(Path.Combine(Feed, $"{id}.{Version}.nupkg"));

    /// <summary>
    /// A fresh user: own HOME (so --global installs land there and are on PATH), own NuGet caches, and
    /// a nuget.config in the working folder that lists only the feed.
    /// </summary>
    public Sandbox NewSandbox()
    {
        var root = Path.Combine(_temp, "sandbox-" + Guid.NewGuid().ToString("N")[..8]);
        var home = Path.Combine(root, "home");
        var work = Path.Combine(root, "work");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="docsgen-packed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        var environment = new Dictionary<string, string>(BaseEnvironment)
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(home, ".nuget", "packages"),
            ["PATH"] = Path.Combine(home, ".dotnet", "tools") + ":" + Environment.GetEnvironmentVariable("PATH"),
        };
        return new Sandbox(work, home, environment);
    }

    private static Dictionary<string, string> BaseEnvironment => new()
    {
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
    };
}

/// <summary>An empty working folder, a home of its own and the environment that goes with them.</summary>
public sealed record Sandbox(string Work, string Home, IReadOnlyDictionary<string, string> Environment)
{
    public Task<ShellRun> RunAsync(string script, string? folder = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(Environment);
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return Shell.RunAsync(script, folder ?? Work, environment);
    }

    public string PathOf(string relative) => Path.Combine(Work, relative);
}
