using System.Text;
using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Mock;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.CodeSamples;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;

namespace DocsGen.Tests.OpenApi.SampleRuns;

/// <param name="Operation">"METHOD path" of the operation.</param>
/// <param name="Output">What the program printed (its status and body, or the compiler's or runtime's error).</param>
internal sealed record SampleOutcome(string Spec, string Operation, string Language, bool Passed, string Output);

/// <summary>
/// Runs the generated samples of a spec as a reader would: each program written to a file, compiled and
/// run in its language against `docsgen mock` of the same spec on 127.0.0.1, with the credentials the
/// samples name set in the environment and the files they upload present. A sample passes when it exits
/// 0, which each one does only on a 2xx/3xx answer. The only edit is the one the sample asks the reader
/// for: its listed &lt;PLACEHOLDERS&gt; get the parameter's schema-valid value. For speed, C# and Java
/// samples of a spec compile together (each C# program becomes one method of a project, each Java Main
/// its own package), Go programs in one module build.
/// </summary>
internal static partial class SampleRunner
{
    public static readonly string[] Languages = ["curl", "js", "python", "csharp", "go", "java"];

    /// <summary>How long the last run took per language (compile and run).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> Timings = new();

    // Builds of hundreds of samples on a busy machine: Go links 200 binaries in about 5 minutes here.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>The samples of the picked operations of every spec, each spec on its own mock, each language built once for all.</summary>
    public static async Task<List<SampleOutcome>> RunAsync(IEnumerable<(string Spec, Func<IReadOnlyList<ApiOperation>, IEnumerable<ApiOperation>> Pick)> specs, string work)
    {
        var mocks = new List<MockHost>();
        var cases = new List<(string Spec, string Operation, string Language, string Source)>();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["NO_PROXY"] = "127.0.0.1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
        try
        {
            foreach (var (specPath, pick) in specs)
            {
                var diagnostics = new DiagnosticBag();
                var loaded = await SpecLoader.LoadAsync(specPath, Path.GetFileName(specPath), diagnostics, CancellationToken.None);
                Assert.True(loaded is not null, $"{specPath} does not load: {string.Join("; ", diagnostics.ToList().Select(d => d.Message))}");
                var spec = ApiModelBuilder.Build(loaded!, new ApiConfig { Spec = specPath, Prefix = "api", Id = "api" }, diagnostics);
                var mock = await MockHost.StartAsync(spec, loaded!.Document, "127.0.0.1", 0);
                mocks.Add(mock);
                AddCredentials(spec, environment);
                foreach (var operation in pick(spec.Operations.Where(o => !o.IsWebhook).ToList()))
                {
                    var server = mock.Url.TrimEnd('/') + BasePath(operation.Servers.FirstOrDefault()?.ResolvedUrl ?? "");
                    var samples = CodeSampleGenerator.Generated(operation, key => spec.SecuritySchemes.FirstOrDefault(s => s.Key == key), server);
                    var label = operation.Method + " " + operation.Path;
                    cases.AddRange(samples.Select(s => (Path.GetFileName(specPath), label, s.Key, FillPlaceholders(s.Source, operation))));

                    // The spec's own x-codeSamples, pointed at the mock the way a reader would: the spec's server URL becomes the mock's.
                    var generated = CodeSampleGenerator.Generated(operation, key => spec.SecuritySchemes.FirstOrDefault(s => s.Key == key));
                    foreach (var own in operation.CodeSamples.Where(s => Languages.Contains(s.Key) && !generated.Any(g => g.Key == s.Key && g.Source == s.Source)))
                    {
                        var source = operation.Servers.Select(v => v.ResolvedUrl.TrimEnd('/')).Where(u => u.Contains("://", StringComparison.Ordinal))
                            .Aggregate(own.Source, (text, url) => text.Replace(url, mock.Url.TrimEnd('/') + BasePath(url), StringComparison.Ordinal));
                        cases.Add((Path.GetFileName(specPath), "x-codeSamples " + own.Label + " of " + label, own.Key, source));
                    }
                }
            }

            Directory.CreateDirectory(work);
            var outcomes = new List<SampleOutcome>();
            foreach (var language in Languages.Where(SampleToolchains.Has))
            {
                var dir = Path.Combine(work, language);
                Directory.CreateDirectory(dir);
                var mine = cases.Where(c => c.Language == language).ToList();
                var sources = mine.Select(c => c.Source).ToList();
                CreateUploadFiles(dir, sources);
                var started = System.Diagnostics.Stopwatch.StartNew();
                var results = language switch
                {
                    "csharp" => await CSharpAsync(dir, sources, environment),
                    "go" => await GoAsync(dir, sources, environment),
                    "java" => await JavaAsync(dir, sources, environment),
                    _ => await OneByOneAsync(language, dir, sources, environment),
                };
                Timings[language] = started.Elapsed;
                outcomes.AddRange(results.Select((r, i) => new SampleOutcome(mine[i].Spec, mine[i].Operation, language, r.Passed, r.Output)));
            }

            return outcomes;
        }
        finally
        {
            foreach (var mock in mocks)
            {
                await mock.DisposeAsync();
            }
        }
    }

    /// <summary>Each C# sample of the spec as its own app.cs, run with `dotnet run app.cs` (about 20 s each: the slow run only).</summary>
    public static async Task<List<SampleOutcome>> RunFileBasedCSharpAsync(string specPath, string work)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(specPath, Path.GetFileName(specPath), diagnostics, CancellationToken.None);
        Assert.NotNull(loaded);
        var spec = ApiModelBuilder.Build(loaded, new ApiConfig { Spec = specPath, Prefix = "api", Id = "api" }, diagnostics);
        await using var mock = await MockHost.StartAsync(spec, loaded.Document, "127.0.0.1", 0);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
        AddCredentials(spec, environment);
        var outcomes = new List<SampleOutcome>();
        foreach (var (operation, i) in spec.Operations.Where(o => !o.IsWebhook).Select((o, i) => (o, i)))
        {
            var server = mock.Url.TrimEnd('/') + BasePath(operation.Servers.FirstOrDefault()?.ResolvedUrl ?? "");
            var source = FillPlaceholders(CodeSampleGenerator.Generated(operation, key => spec.SecuritySchemes.FirstOrDefault(s => s.Key == key), server)
                .Single(s => s.Key == "csharp").Source, operation);
            var dir = Path.Combine(work, $"s{i}");
            Directory.CreateDirectory(dir);
            CreateUploadFiles(dir, [source]);
            await File.WriteAllTextAsync(Path.Combine(dir, "app.cs"), source);
            var run = await ProcessRun.RunAsync("dotnet", ["run", "app.cs"], dir, environment, Timeout);
            outcomes.Add(new SampleOutcome(Path.GetFileName(specPath), operation.Method + " " + operation.Path, "csharp", run.ExitCode == 0, run.Output));
        }

        return outcomes;
    }

    /// <summary>What the samples' notes ask for: every credential variable of the spec's schemes.</summary>
    private static void AddCredentials(ApiSpec spec, Dictionary<string, string> environment)
    {
        foreach (var scheme in spec.SecuritySchemes)
        {
            var variable = SampleNames.ScreamingSnake(scheme.Key);
            environment[variable] = "test-" + variable.ToLowerInvariant();
            environment[variable + "_USERNAME"] = "reader";
            environment[variable + "_PASSWORD"] = "secret";
        }
    }

    private static string BasePath(string server)
    {
        var start = server.IndexOf("://", StringComparison.Ordinal);
        var path = start < 0 ? server : server.IndexOf('/', start + 3) is var slash && slash >= 0 ? server[slash..] : "";
        return path.TrimEnd('/');
    }

    private static string FillPlaceholders(string source, ApiOperation operation)
    {
        foreach (var p in operation.ParameterGroups.SelectMany(g => g.Parameters).Where(p => p.ExampleIsGuessed))
        {
            source = source.Replace("<" + SampleNames.ScreamingSnake(p.Name) + ">", Uri.EscapeDataString(p.ExampleValue), StringComparison.Ordinal);
        }

        return source;
    }

    // Samples upload "path/to/NAME.bin" files: the reader's own files, here a few bytes each.
    private static void CreateUploadFiles(string dir, IEnumerable<string> sources)
    {
        foreach (var path in sources.SelectMany(s => UploadPath().Matches(s)).Select(m => m.Value).Distinct())
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        }
    }

    [GeneratedRegex("path/to/[A-Za-z0-9_.-]+")]
    private static partial Regex UploadPath();

    private static async Task<List<(bool Passed, string Output)>> OneByOneAsync(string language, string dir, List<string> sources, Dictionary<string, string> environment)
    {
        var (extension, program) = language switch
        {
            "curl" => (".sh", "sh"),
            "js" => (".js", "node"), // plain `node sample.js`, as a reader runs a copied file: no ES module needed
            _ => (".py", "python3"),
        };
        var results = new (bool, string)[sources.Count];
        await Parallel.ForAsync(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (i, _) =>
        {
            var file = Path.Combine(dir, $"s{i}{extension}");
            await File.WriteAllTextAsync(file, sources[i], CancellationToken.None);
            var run = await ProcessRun.RunAsync(program, [file], dir, environment, TimeSpan.FromSeconds(60));
            results[i] = (run.ExitCode == 0, run.Output);
        });
        return [.. results];
    }

    private static async Task<List<(bool Passed, string Output)>> CSharpAsync(string dir, List<string> sources, Dictionary<string, string> environment)
    {
        await File.WriteAllTextAsync(Path.Combine(dir, "Samples.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        var runner = new StringBuilder("var original = Console.Out;\nforeach (var id in args)\n{\n");
        runner.Append("    var output = new StringWriter();\n    Console.SetOut(output);\n    string verdict;\n");
        runner.Append("    try { await (Task)typeof(Samples).GetMethod(\"Run\" + id)!.Invoke(null, null)!; verdict = \"pass\"; }\n");
        runner.Append("    catch (Exception e) { verdict = \"fail \" + e.GetBaseException().Message; }\n");
        runner.Append("    Console.SetOut(original);\n    Console.WriteLine(\"RESULT \" + id + \" \" + (verdict + \" \" + output).ReplaceLineEndings(\" \"));\n}\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "Runner.cs"), runner.ToString());
        for (var i = 0; i < sources.Count; i++)
        {
            // A file-based app's using directives stay at the top; its statements become the method's body.
            var lines = sources[i].Split('\n');
            var directives = lines.Where(l => UsingDirective().IsMatch(l)).ToList();
            var body = lines.Where(l => !UsingDirective().IsMatch(l));
            await File.WriteAllTextAsync(Path.Combine(dir, $"S{i}.cs"),
                string.Join("\n", directives) + $"\n\nstatic partial class Samples\n{{\n    public static async Task Run{i}()\n    {{\n" + string.Join("\n", body) + "\n    }\n}\n");
        }

        var build = await ProcessRun.RunAsync("dotnet", ["build", "-c", "Release", "-nologo", "-v", "q", "-o", "out"], dir, environment, Timeout);
        if (build.ExitCode != 0)
        {
            return Everyone(sources.Count, "dotnet build failed: " + build.Output);
        }

        var run = await ProcessRun.RunAsync("dotnet", ["out/Samples.dll", .. Enumerable.Range(0, sources.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            dir, environment, Timeout);
        return Verdicts(sources.Count, run);
    }

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;\s*$")]
    private static partial Regex UsingDirective();

    private static async Task<List<(bool Passed, string Output)>> GoAsync(string dir, List<string> sources, Dictionary<string, string> environment)
    {
        await File.WriteAllTextAsync(Path.Combine(dir, "go.mod"), "module samples\n\ngo 1.19\n");
        for (var i = 0; i < sources.Count; i++)
        {
            Directory.CreateDirectory(Path.Combine(dir, $"s{i}"));
            await File.WriteAllTextAsync(Path.Combine(dir, $"s{i}", "main.go"), sources[i]);
        }

        var goEnvironment = new Dictionary<string, string>(environment) { ["GOFLAGS"] = "-mod=mod", ["GOPROXY"] = "off", ["GOTOOLCHAIN"] = "local" };
        var build = await ProcessRun.RunAsync("go", ["build", "-o", "bin/", "./..."], dir, goEnvironment, Timeout);
        var results = new List<(bool, string)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var binary = Path.Combine(dir, "bin", $"s{i}");
            if (!File.Exists(binary))
            {
                results.Add((false, "go build: " + string.Join("\n", build.Output.Split('\n').Where(l => l.Contains($"s{i}/", StringComparison.Ordinal) || l.Contains($"samples/s{i}", StringComparison.Ordinal)))));
                continue;
            }

            var run = await ProcessRun.RunAsync(binary, [], dir, environment, TimeSpan.FromSeconds(60));
            results.Add((run.ExitCode == 0, run.Output));
        }

        return results;
    }

    private static async Task<List<(bool Passed, string Output)>> JavaAsync(string dir, List<string> sources, Dictionary<string, string> environment)
    {
        var files = new List<string>();
        for (var i = 0; i < sources.Count; i++)
        {
            // Each program's class is Main: a package per sample lets one javac call compile them all.
            Directory.CreateDirectory(Path.Combine(dir, $"s{i}"));
            var file = Path.Combine(dir, $"s{i}", "Main.java");
            await File.WriteAllTextAsync(file, $"package s{i};\n" + sources[i]);
            files.Add(file);
        }

        await File.WriteAllTextAsync(Path.Combine(dir, "Runner.java"), """
            public class Runner {
                public static void main(String[] args) {
                    java.io.PrintStream original = System.out;
                    for (String id : args) {
                        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
                        System.setOut(new java.io.PrintStream(output, true));
                        String verdict;
                        try {
                            Class.forName(id + ".Main").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                            verdict = "pass";
                        } catch (Throwable t) {
                            Throwable cause = t.getCause() == null ? t : t.getCause();
                            verdict = "fail " + cause;
                        }
                        System.setOut(original);
                        System.out.println("RESULT " + id.substring(1) + " " + (verdict + " " + output).replace('\n', ' ').replace('\r', ' '));
                    }
                }
            }
            """);
        files.Add(Path.Combine(dir, "Runner.java"));
        await File.WriteAllLinesAsync(Path.Combine(dir, "sources.txt"), files);
        var build = await ProcessRun.RunAsync("javac", ["-nowarn", "-d", "classes", "@sources.txt"], dir, environment, Timeout);
        var failedToCompile = Enumerable.Range(0, sources.Count).Where(i => build.Output.Contains($"s{i}/Main.java", StringComparison.Ordinal)).ToHashSet();
        if (build.ExitCode != 0)
        {
            // javac writes no classes when any file fails: compile the rest again without the broken ones.
            await File.WriteAllLinesAsync(Path.Combine(dir, "sources.txt"), files.Where((_, i) => !failedToCompile.Contains(i)));
            await ProcessRun.RunAsync("javac", ["-nowarn", "-d", "classes", "@sources.txt"], dir, environment, Timeout);
        }

        var run = await ProcessRun.RunAsync("java", ["-cp", "classes", "Runner", .. Enumerable.Range(0, sources.Count).Where(i => !failedToCompile.Contains(i)).Select(i => $"s{i}")],
            dir, environment, Timeout);
        var verdicts = Verdicts(sources.Count, run);
        foreach (var i in failedToCompile)
        {
            verdicts[i] = (false, "javac: " + string.Join("\n", build.Output.Split('\n').Where(l => l.Contains($"s{i}/Main.java", StringComparison.Ordinal))));
        }

        return verdicts;
    }

    private static List<(bool Passed, string Output)> Everyone(int count, string output) => [.. Enumerable.Repeat((false, output), count)];

    // "RESULT 3 pass 200 {...}" lines from a runner that ran several samples in one process.
    private static List<(bool Passed, string Output)> Verdicts(int count, ProcessResult run)
    {
        var results = Everyone(count, "no result from the runner: " + run.Output);
        foreach (var line in run.Output.Split('\n'))
        {
            var parts = line.Split(' ', 4);
            if (parts is ["RESULT", var id, var verdict, ..] && int.TryParse(id, out var index) && index < count)
            {
                results[index] = (verdict == "pass", parts.Length > 3 ? parts[3] : "");
            }
        }

        return results;
    }
}
