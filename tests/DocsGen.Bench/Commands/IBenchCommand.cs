namespace DocsGen.Bench.Commands;

/// <summary>One benchmark command of the harness (see Program.cs for the list).</summary>
internal interface IBenchCommand
{
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    /// <summary>Runs with the arguments after the command name; returns the exit code.</summary>
    Task<int> RunAsync(string[] args);
}
