using System.CommandLine;
using DocsGen.Output.Parts;

namespace DocsGen.Cli.Commands;

internal static class MergeCommand
{
    public static Command Create()
    {
        var parts = new Argument<string[]>("parts") { Description = "Folders written by 'docsgen build --only', together holding every version once.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the merged site (replaced only when the merge succeeds).", DefaultValueFactory = _ => "_site" };
        var command = new Command("merge", "Join the parts 'docsgen build --only' wrote (one per CI job) into the site one 'docsgen build' gives, byte for byte.\n\nExit codes: 0 merged, 1 the site could not be written, 2 the parts do not make one site.")
        {
            parts, output,
        };

        command.SetAction(parse =>
        {
            var result = PartMerger.Merge(new MergeOptions { Parts = parse.GetValue(parts)!, Output = parse.GetValue(output)! });
            Reporter.Diagnostics(result.Diagnostics, Console.Error);
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            if (result.Succeeded)
            {
                Console.Out.WriteLine($"Merged {parse.GetValue(parts)!.Length} parts, {result.Files} files ({result.Bytes / 1024} KB) in {seconds} s.");
                Console.Out.WriteLine($"Output: {result.OutputDir}");
                return CommandLine.Ok;
            }

            Console.Out.WriteLine($"Merge failed: {result.Errors} errors.");
            return result.PartsRefused ? CommandLine.UsageErrors : CommandLine.ContentErrors;
        });
        return command;
    }
}
