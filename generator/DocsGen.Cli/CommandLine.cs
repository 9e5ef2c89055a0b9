using System.CommandLine;
using DocsGen.Cli.Commands;
using DocsGen.References;

namespace DocsGen.Cli;

/// <summary>The docsgen program: parses arguments and hands each command to the engine.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>What each exit code means; the root help and the CLI reference page print this table.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> ExitCodes { get; } =
    [
        (Ok, "Success. Warnings may have been printed."),
        (ContentErrors, "Content errors: broken links, invalid front matter, a missing spec, stale samples or command output, coverage below the minimum, breaking changes with --fail-on."),
        (UsageErrors, "Usage or configuration errors: an unknown option or value, a missing or invalid docsgen.yml, a report that cannot be written."),
    ];

    static CommandLine() => RegisterReferences();

    /// <summary>Lets pages include the command-line reference (`&lt;!-- docsgen:reference cli --&gt;`), generated from the definitions below.</summary>
    public static void RegisterReferences() => GeneratedReferences.Register("cli", () => CliReference.Markdown(CreateRoot()));

    /// <summary>Every command and option of the program.</summary>
    public static RootCommand CreateRoot() =>
        new("DocsGen: documentation sites for API platforms, tested like code.\n\nExit codes: 0 ok, 1 content errors, 2 usage or configuration errors.")
        {
            BuildCommand.Create(),
            MergeCommand.Create(),
            ServeCommand.Create(),
            NewCommand.Create(),
            CheckCommand.Create(),
            DiffCommand.Create(),
            MockCommand.Create(),
            BundleCommand.Create(),
            ImportCommand.Create(),
        };

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parsed = CreateRoot().Parse(args);
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
