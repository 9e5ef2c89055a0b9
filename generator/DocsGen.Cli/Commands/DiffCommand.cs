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
            var diagnostics = new DiagnosticBag();
            var oldDoc = await LoadAsync(parse.GetValue(oldSpec)!, diagnostics, cancellationToken);
            var newDoc = await LoadAsync(parse.GetValue(newSpec)!, diagnostics, cancellationToken);
            Reporter.Diagnostics(diagnostics.ToList(), Console.Error);
            if (oldDoc is null || newDoc is null)
            {
                return CommandLine.UsageErrors;
            }

            var report = ApiDiffer.Compare(oldDoc.Document, newDoc.Document);
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

    private static Task<LoadedSpec?> LoadAsync(string path, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        SpecLoader.LoadAsync(Path.GetFullPath(path), path.Replace('\\', '/'), diagnostics, cancellationToken);
}
