using System.CommandLine;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Bundling;

namespace DocsGen.Cli.Commands;

internal static class BundleCommand
{
    public static Command Create()
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI file whose $refs reach other files (YAML or JSON)." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "File to write the single-file spec to; .json writes JSON, any other extension YAML.",
            Required = true,
        };
        var command = new Command("bundle", "Write a spec split across files as one file: schemas from other files become components, other external $refs are inlined.")
        {
            spec, output,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var target = Path.GetFullPath(parse.GetValue(output)!);
            var text = SpecBundle.Write(parse.GetValue(spec)!, !target.EndsWith(".json", StringComparison.OrdinalIgnoreCase), diagnostics);
            Reporter.Diagnostics(diagnostics.ToList(), Console.Error);
            if (text is null)
            {
                return CommandLine.ContentErrors;
            }

            try
            {
                File.WriteAllText(target, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"docsgen: cannot write {target}: {e.Message}");
                return CommandLine.UsageErrors;
            }

            Console.Out.WriteLine($"Bundled {parse.GetValue(spec)} into {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} ({text.Length / 1024} KB).");
            return CommandLine.Ok;
        });
        return command;
    }
}
