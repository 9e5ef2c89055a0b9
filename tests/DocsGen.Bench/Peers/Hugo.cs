using DocsGen.Bench.Measurement;

namespace DocsGen.Bench.Peers;

/// <summary>
/// Hugo, the speed reference for static site generators, given the same Markdown and a trivial
/// layout (title and body only). DocsGen renders navigation, TOC and version chrome on every page,
/// so the comparison favours Hugo.
/// </summary>
internal sealed class Hugo(string executable)
{
    private const string Config = """
        baseURL = "http://localhost/"
        title = "Bench"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        """;

    private const string SingleLayout = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
        """;

    private const string ListLayout = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
        """;

    /// <summary>Hugo on PATH, optionally installed from Debian's package first; null when unavailable.</summary>
    public static async Task<Hugo?> FindAsync(bool install)
    {
        if (Which("hugo") is { } found)
        {
            return new Hugo(found);
        }

        if (!install)
        {
            return null;
        }

        Console.Error.WriteLine("Installing Debian's hugo package (--install-peers)...");
        var work = Path.GetTempPath();
        if ((await ChildProcess.RunAsync("apt-get", ["install", "-y", "-qq", "hugo"], work)).ExitCode != 0)
        {
            await ChildProcess.RunAsync("apt-get", ["update", "-qq"], work);
            await ChildProcess.RunAsync("apt-get", ["install", "-y", "-qq", "hugo"], work);
        }

        return Which("hugo") is { } installed ? new Hugo(installed) : null;
    }

    public async Task<string> VersionAsync()
    {
        var result = await ChildProcess.RunAsync(executable, ["version"], Path.GetTempPath());
        return result.Output.Trim();
    }

    /// <summary>Writes a Hugo site in <paramref name="siteDir"/> whose content is <paramref name="contentDir"/>.</summary>
    public static void WriteSite(string siteDir, string contentDir)
    {
        Directory.CreateDirectory(Path.Combine(siteDir, "layouts", "_default"));
        File.WriteAllText(Path.Combine(siteDir, "hugo.toml"), Config + $"\ncontentDir = \"{contentDir}\"\n");
        File.WriteAllText(Path.Combine(siteDir, "layouts", "_default", "single.html"), SingleLayout);
        File.WriteAllText(Path.Combine(siteDir, "layouts", "_default", "list.html"), ListLayout);
    }

    public async Task<Measured> BuildAsync(string siteDir, string? outputDir, int pages)
    {
        var (run, bytes) = await RunAsync(siteDir, outputDir, pages);
        return new Measured("hugo", outputDir is null ? "in memory" : "to disk", pages, run.Wall, run.Cpu, run.PeakBytes, bytes);
    }

    /// <summary>One `hugo` build, to <paramref name="outputDir"/> or in memory when null; checks it wrote at least <paramref name="pages"/> pages.</summary>
    public async Task<(ChildProcess.Result Run, long OutputBytes)> RunAsync(string siteDir, string? outputDir, int pages = 0)
    {
        var arguments = new List<string> { "--source", siteDir, "--quiet" };
        arguments.AddRange(outputDir is null ? ["--renderToMemory"] : ["--destination", outputDir]);
        var run = await ChildProcess.RunAsync(executable, arguments, siteDir);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"hugo failed ({run.ExitCode}):\n{run.Output}");
        }

        if (outputDir is not null && Folders.CountHtml(outputDir) < pages)
        {
            throw new InvalidOperationException($"hugo wrote fewer than {pages} pages to {outputDir}:\n{run.Output}");
        }

        return (run, outputDir is null ? 0 : Folders.SizeOf(outputDir));
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
