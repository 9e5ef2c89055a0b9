using System.CommandLine;
using DocsGen.ApiDiff;
using DocsGen.ApiDiff.Formatting;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Cli.Commands;

internal static class DiffCommand
{
    public static Command Create()
    {
        var oldSpec = new Argument<string>("old") { Description = "The older OpenAPI file." };
        var newSpec = new Argument<string>("new") { Description = "The newer OpenAPI file." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text, json, markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when a change is at or above this level: breaking, potentially-breaking." };
        failOn.AcceptOnlyFromAmong("breaking", "potentially-breaking");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var command = new Command("diff", "Compare two OpenAPI files and classify every change as breaking, potentially breaking or not.\n\nExit codes: 0 nothing at or above --fail-on, 1 something is, 2 a spec cannot be loaded.")
        {
            oldSpec, newSpec, format, failOn, output,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            // Reading a spec is most of a diff's time and each read is single-threaded: read both at once,
            // each with its own diagnostics so they print in a fixed order.
            var (oldDiagnostics, newDiagnostics) = (new DiagnosticBag(), new DiagnosticBag());
            var oldLoad = LoadAsync(parse.GetValue(oldSpec)!, oldDiagnostics, cancellationToken);
            var newLoad = LoadAsync(parse.GetValue(newSpec)!, newDiagnostics, cancellationToken);
            var (oldDoc, newDoc) = (await oldLoad, await newLoad);
            Reporter.Diagnostics([.. oldDiagnostics.ToList(), .. newDiagnostics.ToList()], Console.Error);
            if (oldDoc is null || newDoc is null)
            {
                return CommandLine.UsageErrors;
            }

            var report = ApiDiffer.Compare(oldDoc, newDoc);
            var text = parse.GetValue(format) switch
            {
                "json" => ApiDiffJsonFormatter.Format(report),
                "markdown" => ApiDiffMarkdownFormatter.Format(report),
                _ => ApiDiffTextFormatter.Format(report),
            };

            if (parse.GetValue(output) is { } path)
            {
                if (new[] { parse.GetValue(oldSpec)!, parse.GetValue(newSpec)! }.Any(spec => Path.GetFullPath(spec) == Path.GetFullPath(path)))
                {
                    await Console.Error.WriteLineAsync($"docsgen: will not write the report over {path}: it is one of the specs being compared.");
                    return CommandLine.UsageErrors;
                }

                try
                {
                    await File.WriteAllTextAsync(path, text, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"docsgen: cannot write {path}: {e.Message}");
                    return CommandLine.UsageErrors;
                }

                await Console.Error.WriteLineAsync(ApiDiffTextFormatter.Summary(report));
            }
            else
            {
                await Console.Out.WriteAsync(text);
            }

            return parse.GetValue(failOn) is { } threshold ? ApiDiffExitCode.For(report, threshold) : CommandLine.Ok;
        });
        return command;
    }

    // On a worker thread, and with the dropped schema keywords read there too, so the two specs share nothing but the cores.
    private static Task<LoadedSpec?> LoadAsync(string path, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            var spec = await SpecLoader.LoadAsync(Path.GetFullPath(path), path.Replace('\\', '/'), diagnostics, cancellationToken);
            _ = spec?.LostKeywords;
            return spec;
        }, cancellationToken);
}
