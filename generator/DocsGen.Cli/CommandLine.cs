using System.CommandLine;
using DocsGen.Cli.Commands;

namespace DocsGen.Cli;

/// <summary>The docsgen program: parses arguments and hands each command to the engine.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("DocsGen: documentation sites for API platforms, tested like code.\n\nExit codes: 0 ok, 1 content errors, 2 usage or configuration errors.")
        {
            BuildCommand.Create(),
            ServeCommand.Create(),
            NewCommand.Create(),
            CheckCommand.Create(),
            DiffCommand.Create(),
            MockCommand.Create(),
            BundleCommand.Create(),
            ImportCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"docsgen: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'docsgen --help' for usage.");
            return UsageErrors;
        }

        return await parsed.InvokeAsync(cancellationToken: cancellationToken);
    }
}
