using DocsGen.Bench.Commands;

// DocsGen's benchmark harness: `dotnet run -c Release --project tests/DocsGen.Bench -- <command> ...`.
// Each command builds its inputs in a temp folder, measures DocsGen and any peer tool found on PATH,
// and prints one table. Add a command by adding an IBenchCommand below.
IBenchCommand[] commands = [new PagesCommand(), new ColdCommand(), new ScaleOutCommand(), new SpecsCommand(), new DiffCommand(), new ReadSpecCommand(), new HostileCommand(), new SamplesCommand(), new ServeCommand(), new OperationPageCommand(), new DownloadsCommand(), new SearchCommand(), new SearchTypingCommand()];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("Usage: DocsGen.Bench <command> [arguments]\n\nCommands:");
    foreach (var command in commands)
    {
        Console.WriteLine($"  {command.Usage,-44} {command.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

var chosen = commands.FirstOrDefault(c => c.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
    return 2;
}

return await chosen.RunAsync(args[1..]);
