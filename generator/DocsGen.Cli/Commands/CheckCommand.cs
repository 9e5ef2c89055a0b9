using System.CommandLine;
using DocsGen.Checks;
using DocsGen.Checks.Reports;
using DocsGen.Config;
using DocsGen.Coverage;
using DocsGen.Diagnostics;
using Spectre.Console;

namespace DocsGen.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = SiteRoot.Argument();
        var external = new Option<bool>("--external") { Description = "Also check links to other sites (cached, throttled per host)." };
        var cache = new Option<string?>("--cache") { Description = "External link cache file (default: .docsgen/link-cache.json under the site root)." };
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "Report format: human (also spelled text, like diff's), json, junit, sarif, github.",
            DefaultValueFactory = _ => ReportFormat.Human,
            CustomParser = ReadFormat,
        };
        var runCommands = new Option<bool>("--run-commands")
        {
            Description = "Run the shell blocks marked {run} in a scratch copy of checks.commands.workdir and compare their output blocks. This runs code from the content: use it on content you trust.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var strict = new Option<bool>("--warnings-as-errors", "--strict") { Description = "Treat warnings as errors (exit code 1)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Published address, overriding the config's baseUrl." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        var coverageReport = new Option<string?>("--coverage-report") { Description = "Write the endpoint coverage report (JSON: totals and one row per operation) to this file." };
        // CI wants annotations in the log (-f github) and a SARIF file for code scanning from one build.
        var sarif = new Option<string?>("--sarif") { Description = "Also write the findings as SARIF 2.1.0 to this file, whatever --format is." };
        var command = new Command("check", "Build the site into a temporary folder and check it: links and anchors in the output, external links with --external.")
        {
            root, external, cache, format, output, strict, baseUrl, drafts, coverageReport, sarif, runCommands,
        };
        var samples = SampleOptions.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (samples.Read(parse) is not { } sampleSettings)
            {
                return CommandLine.UsageErrors;
            }

            var (siteRoot, _) = SiteRoot.Find(parse.GetValue(root));
            if (OverwritesASource(siteRoot, parse.GetValue(output), parse.GetValue(coverageReport), parse.GetValue(cache), parse.GetValue(sarif)) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return CommandLine.UsageErrors;
            }

            var report = await CheckRunner.RunAsync(new CheckOptions
            {
                Root = siteRoot,
                External = parse.GetValue(external) ? true : null,
                CachePath = parse.GetValue(cache) is { } file ? Path.GetFullPath(file) : null,
                WarningsAsErrors = parse.GetValue(strict),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                Samples = sampleSettings,
                RunCommands = parse.GetValue(runCommands),
                Progress = Reporter.Progress(Console.Error),
            }, cancellationToken);

            if (parse.GetValue(coverageReport) is { } coveragePath && report.Coverage is { } coverage)
            {
                try
                {
                    await File.WriteAllTextAsync(coveragePath, CoverageJson.Write(coverage), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"docsgen: cannot write {coveragePath}: {e.Message}");
                    return CommandLine.UsageErrors;
                }
            }

            var chosen = parse.GetValue(format);
            var prefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), siteRoot) is var relative && relative != "." && !relative.StartsWith("..", StringComparison.Ordinal)
                ? relative.Replace('\\', '/') + "/"
                : "";
            if (parse.GetValue(sarif) is { } sarifPath)
            {
                try
                {
                    await File.WriteAllTextAsync(sarifPath, ReportWriter.Write(report, ReportFormat.Sarif, prefix), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"docsgen: cannot write {sarifPath}: {e.Message}");
                    return CommandLine.UsageErrors;
                }
            }

            if (parse.GetValue(output) is { } path)
            {
                try
                {
                    await File.WriteAllTextAsync(path, ReportWriter.Write(report, chosen, prefix), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"docsgen: cannot write {path}: {e.Message}");
                    return CommandLine.UsageErrors;
                }

                WriteHuman(report);
            }
            else if (chosen == ReportFormat.Human)
            {
                WriteHuman(report);
            }
            else
            {
                Console.Out.Write(ReportWriter.Write(report, chosen, prefix));
                await Console.Error.WriteLineAsync(ReportWriter.Verdict(report));
            }

            return report.ConfigFailed ? CommandLine.UsageErrors : report.Passed ? CommandLine.Ok : CommandLine.ContentErrors;
        });
        return command;
    }

    /// <summary>A report format by name, any case; "text" is the human report, as diff calls its own.</summary>
    private static ReportFormat ReadFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "human";
        if (string.Equals(value, "text", StringComparison.OrdinalIgnoreCase))
        {
            return ReportFormat.Human;
        }

        if (Enum.TryParse<ReportFormat>(value, ignoreCase: true, out var format) && value.All(char.IsLetter))
        {
            return format;
        }

        result.AddError($"'{value}' is not a report format. Use human (or text), json, junit, sarif or github.");
        return ReportFormat.Human;
    }

    /// <summary>Why a file the check would write (report, coverage report, link cache) must not be written: it is one of the site's sources.</summary>
    private static string? OverwritesASource(string siteRoot, params string?[] files)
    {
        if (ConfigLoader.Load(siteRoot, new DiagnosticBag()) is not { } config)
        {
            return null;
        }

        return files.OfType<string>().Where(f => f.Length > 0).Select(f => (File: f, What: SiteSources.Describe(config, f)))
            .Where(f => f.What is not null)
            .Select(f => $"docsgen: will not write {f.File}: it is {f.What}. Write reports outside the site's sources.")
            .FirstOrDefault();
    }

    /// <summary>Findings as plain text; the summary as a table on a terminal, aligned text in logs.</summary>
    private static void WriteHuman(CheckReport report)
    {
        var text = ReportWriter.Write(report, ReportFormat.Human);
        if (Console.IsOutputRedirected)
        {
            Console.Out.Write(text);
            return;
        }

        Console.Out.Write(ReportWriter.HumanFindings(report));
        var table = new Table().AddColumns("Check", "Checked", "Errors", "Warnings", "Time");
        foreach (var row in CheckSummary.Rows(report))
        {
            table.AddRow(Markup.Escape(row.Check), Markup.Escape(row.Checked), Count(row.Errors, "red"), Count(row.Warnings, "yellow"),
                row.Time is { } t ? $"{t.TotalSeconds:0.00} s" : "");
        }

        AnsiConsole.Write(table);
        if (report.Coverage is { Versions.Count: > 0 } coverage)
        {
            var coverageTable = new Table().Title("Coverage").AddColumns(CoverageSummary.Headers.Select(Markup.Escape).ToArray());
            foreach (var row in CoverageSummary.Rows(coverage))
            {
                var gate = row.Verdict == "FAIL" ? "[red]FAIL[/]" : row.Verdict;
                coverageTable.AddRow([Markup.Escape(row.Version), Markup.Escape(row.Api), row.Covered, row.Percent, .. row.Criteria.Select(Markup.Escape), gate]);
            }

            AnsiConsole.Write(coverageTable);
            AnsiConsole.WriteLine(CoverageSummary.Legend(coverage));
        }

        var verdict = Markup.Escape(ReportWriter.Verdict(report));
        AnsiConsole.MarkupLine(report.Passed ? $"[green]{verdict}[/]" : $"[red]{verdict}[/]");
    }

    private static string Count(int n, string color) => n == 0 ? "0" : $"[{color}]{n}[/]";
}
