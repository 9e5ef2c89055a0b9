using System.CommandLine;
using DocsGen.Scaffolding;

namespace DocsGen.Cli.Commands;

internal static class NewCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder to create the site in (must be empty or absent)." };
        var command = new Command("new", "Create a starter site: config, two guides, an OpenAPI spec.") { dir };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                Console.Error.WriteLine($"docsgen: {target} is not empty; choose a new folder.");
                return CommandLine.UsageErrors;
            }

            var files = StarterSite.Write(target);
            foreach (var file in files)
            {
                Console.Out.WriteLine($"  created {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
            }

            Console.Out.WriteLine($"Next: docsgen serve {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}");
            Console.Out.WriteLine($"Publishing: {StarterSite.WorkflowPath} checks pull requests and deploys main to GitHub Pages; GitHub runs it from the repository's root.");
            return CommandLine.Ok;
        });
        return command;
    }
}
