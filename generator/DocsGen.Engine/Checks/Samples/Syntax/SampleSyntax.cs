using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Reads bound and x-codeSamples samples with their language's own parser, where that costs one process
/// and no build: node (JavaScript, as a script or an ES module), python3 (ast.parse), bash -n (shell and
/// curl) and gofmt -e (Go, whole files or fragments). A sample that does not parse cannot run as copied,
/// which the HTTP-level checks cannot see. Parsers only parse: no sample code runs, and the sources go
/// through stdin, never a file. A toolchain missing from PATH (or one that hangs) leaves its language
/// unread; Java and C# need a project build, too slow for a check of every sample.
/// </summary>
internal static partial class SampleSyntax
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Compiles each source as a classic script, then as a module (top-level await, import): fine if either parses.
    private const string NodeParser = """
        const vm = require("vm");
        let input = "";
        process.stdin.setEncoding("utf8");
        process.stdin.on("data", d => input += d);
        process.stdin.on("end", () => {
          const line = e => { const m = /^sample\.js:(\d+)/.exec(e.stack || ""); return m ? +m[1] : 0; };
          const out = JSON.parse(input).map(source => {
            let script;
            try { new vm.Script(source, { filename: "sample.js" }); return null; } catch (e) { script = e; }
            if (typeof vm.SourceTextModule !== "function") return { line: line(script), message: script.message };
            try { new vm.SourceTextModule(source, { identifier: "sample.mjs" }); return null; } catch (module) {
              const moduleOnly = /import statement|only valid in async functions|export/.test(script.message);
              return moduleOnly ? { line: 0, message: module.message } : { line: line(script), message: script.message };
            }
          });
          process.stdout.write(JSON.stringify(out));
        });
        """;

    private const string PythonParser = """
        import ast, json, sys
        out = []
        for source in json.load(sys.stdin):
            try:
                ast.parse(source, "sample.py")
                out.append(None)
            except SyntaxError as e:
                out.append({"line": e.lineno or 0, "message": e.msg})
            except ValueError as e:
                out.append({"line": 0, "message": str(e)})
        sys.stdout.write(json.dumps(out))
        """;

    /// <summary>Adds a <see cref="DiagnosticCodes.SampleSyntaxError"/> for every sample its parser refuses; returns how many samples were read.</summary>
    public static async Task<int> CheckAsync(IReadOnlyList<SyntaxCandidate> samples, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var read = 0;
        foreach (var group in samples.GroupBy(s => Toolchain(s.Language)).Where(g => g.Key is not null).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var errors = group.Key switch
            {
                "node" => await BatchAsync("node", ["--experimental-vm-modules", "--no-warnings", "-e", NodeParser], list, cancellationToken),
                "python3" => await BatchAsync("python3", ["-c", PythonParser], list, cancellationToken),
                "bash" => await EachAsync("bash", ["-n"], list, BashError, cancellationToken),
                _ => await EachAsync("gofmt", ["-e"], list, GoError, cancellationToken),
            };
            if (errors is null)
            {
                continue;
            }

            read += list.Count;
            for (var i = 0; i < list.Count; i++)
            {
                if (errors[i] is { } error)
                {
                    var sample = list[i];
                    var where = error.Line > 0 ? $" (line {error.Line} of the sample)" : "";
                    diagnostics.Error(DiagnosticCodes.SampleSyntaxError,
                        $"The {sample.Language} sample bound to {sample.Label} does not parse{where}: {error.Message}", sample.Location,
                        $"Readers copy samples as they are; fix the syntax (checked with {group.Key}).");
                }
            }
        }

        return read;
    }

    /// <summary>Whether a language has a parser here (its toolchain may still be missing from PATH).</summary>
    public static bool Reads(string language) => Toolchain(language) is not null;

    private sealed record SyntaxError(int Line, string Message);

    private static string? Toolchain(string language) => language.Trim().ToLowerInvariant() switch
    {
        "javascript" or "js" or "node" or "nodejs" or "node.js" or "mjs" => "node",
        "python" or "py" or "python3" => "python3",
        "bash" or "sh" or "shell" or "curl" => "bash",
        "go" or "golang" => "gofmt",
        _ => null,
    };

    /// <summary>One process reads every source (a JSON array on stdin) and answers a JSON array of null or { line, message }.</summary>
    private static async Task<List<SyntaxError?>?> BatchAsync(string program, string[] arguments, List<SyntaxCandidate> samples, CancellationToken cancellationToken)
    {
        var result = await RunAsync(program, arguments, JsonSerializer.Serialize(samples.Select(s => s.Source)), cancellationToken);
        if (result is not { ExitCode: 0 } done)
        {
            return null;
        }

        try
        {
            var answers = JsonSerializer.Deserialize<List<JsonElement?>>(done.Stdout);
            if (answers is null || answers.Count != samples.Count)
            {
                return null;
            }

            return [.. answers.Select(a => a is { ValueKind: JsonValueKind.Object } e
                ? new SyntaxError(e.GetProperty("line").GetInt32(), e.GetProperty("message").GetString() ?? "")
                : null)];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One process per sample, the source on stdin; a non-zero exit is a syntax error read from stderr.</summary>
    private static async Task<List<SyntaxError?>?> EachAsync(string program, string[] arguments, List<SyntaxCandidate> samples, Func<string, SyntaxError> error, CancellationToken cancellationToken)
    {
        var errors = new List<SyntaxError?>();
        foreach (var sample in samples)
        {
            if (await RunAsync(program, arguments, sample.Source, cancellationToken) is not { } result)
            {
                return null;
            }

            errors.Add(result.ExitCode == 0 ? null : error(result.Stderr));
        }

        return errors;
    }

    // "bash: line 3: syntax error near unexpected token `)'"
    private static SyntaxError BashError(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2).ToList();
        var line = lines.Select(l => BashLine().Match(l)).FirstOrDefault(m => m.Success);
        var message = string.Join("; ", lines.Select(l => BashPrefix().Replace(l, "")));
        return new SyntaxError(line is null ? 0 : int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), message);
    }

    // "<standard input>:2:14: missing ',' before newline in argument list"
    private static SyntaxError GoError(string stderr)
    {
        var first = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return GoLine().Match(first) is { Success: true } m
            ? new SyntaxError(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)
            : new SyntaxError(0, first);
    }

    [GeneratedRegex(@"line (\d+):")]
    private static partial Regex BashLine();

    [GeneratedRegex(@"^bash: (line \d+: )?")]
    private static partial Regex BashPrefix();

    [GeneratedRegex(@"^<standard input>:(\d+):\d+: (.*)$")]
    private static partial Regex GoLine();

    private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

    /// <summary>The program's answer, or null when it is not installed or does not finish in time.</summary>
    private static async Task<ProcessResult?> RunAsync(string program, string[] arguments, string stdin, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.StandardInput.WriteAsync(stdin.AsMemory(), timeout.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token);
                return new ProcessResult(process.ExitCode, await stdout, await stderr);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return null;
            }
        }
    }
}
