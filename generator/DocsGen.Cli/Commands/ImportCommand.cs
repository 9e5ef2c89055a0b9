using System.CommandLine;
using DocsGen.Diagnostics;
using DocsGen.Scaffolding.Import;

namespace DocsGen.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "The generator the project was written for: mkdocs, docusaurus or hugo." };
        kind.AcceptOnlyFromAmong(ProjectImport.Kinds);
        var dir = new Argument<string>("dir") { Description = "The project's folder (holding mkdocs.yml; the Docusaurus site or its website/ folder; the Hugo site or its content folder)." };
        var output = new Option<string>("--output", "-o") { Description = "Folder to create the DocsGen site in (must be empty or absent).", Required = true };
        var command = new Command("import", "Turn an MkDocs, Docusaurus or Hugo project into a DocsGen site: docsgen.yml from its config, nav and versions, the Markdown copied unchanged.")
        {
            kind, dir, output,
        };
        command.SetAction(parse =>
        {
            var source = Path.GetFullPath(parse.GetValue(dir)!);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            if (!Directory.Exists(source))
            {
                Console.Error.WriteLine($"docsgen: {source} is not a folder.");
                return CommandLine.UsageErrors;
            }

            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                Console.Error.WriteLine($"docsgen: {target} is not empty; choose a new folder.");
                return CommandLine.UsageErrors;
            }

            var diagnostics = new DiagnosticBag();
            var result = ProjectImport.Run(parse.GetValue(kind)!, source, target, diagnostics);
            Reporter.Diagnostics(diagnostics.ToList(), Console.Error);
            if (result is null)
            {
                return CommandLine.ContentErrors;
            }

            var versions = string.Join(", ", result.PagesPerVersion.Select(v => $"{v.Key}: {v.Value} pages"));
            Console.Out.WriteLine($"Imported {result.FilesCopied} files ({versions}) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}.");
            Console.Out.WriteLine($"Next: docsgen build {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}");
            return CommandLine.Ok;
        });
        return command;
    }
}
