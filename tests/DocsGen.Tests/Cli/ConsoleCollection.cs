namespace DocsGen.Tests.Cli;

/// <summary>
/// Tests that run the CLI in-process swap Console.Out and Console.Error, which are process-wide:
/// they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
