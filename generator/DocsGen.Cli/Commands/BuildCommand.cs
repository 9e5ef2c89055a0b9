using System.CommandLine;
using DocsGen.Build;

namespace DocsGen.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var root = SiteRoot.Argument();
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (default: the config's 'output', _site)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Published address, overriding the config's baseUrl." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors, and make a name no template value has (a misspelled {{ page.titel }}) an error at its template line (DG8010)." };
        var only = new Option<string?>("--only")
        {
            Description = "Build only these versions (comma-separated ids) as a part for 'docsgen merge': their pages, plus the shared files in the part with the current version.",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Build every API reference from its spec, neither reading nor writing .docsgen/cache (which otherwise keeps each API's pages, reused while its spec, the theme, docsgen.yml and the sidebar are unchanged; entries are signed with DOCSGEN_CACHE_KEY or a key in ~/.cache/docsgen).",
        };
        var command = new Command("build", "Build the static site into the output folder. Nothing is replaced unless the build succeeds.")
        {
            root, output, baseUrl, drafts, strict, only, noCache,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (siteRoot, bundled) = SiteRoot.Find(parse.GetValue(root));
            var options = new BuildOptions
            {
                Root = siteRoot,
                Output = parse.GetValue(output) ?? (bundled ? Path.Combine(Directory.GetCurrentDirectory(), "_site") : null),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                WarningsAsErrors = parse.GetValue(strict),
                Only = parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Progress = Reporter.Progress(Console.Error),
                // The bundled site lives beside the program, not in the user's folder: nothing is kept there.
                UseDiskCache = !parse.GetValue(noCache) && !bundled,
            };
            var result = await SiteBuilder.BuildAsync(options, cancellationToken);
            Reporter.Diagnostics(result.Diagnostics, Console.Error);
            Reporter.Summary(result, Console.Out);
            if (result.Succeeded)
            {
                Console.Out.WriteLine($"Output: {result.OutputDir}");
            }

            return result.ConfigFailed ? CommandLine.UsageErrors : result.Succeeded ? CommandLine.Ok : CommandLine.ContentErrors;
        });
        return command;
    }
}
