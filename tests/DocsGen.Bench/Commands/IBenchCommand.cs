namespace DocsGen.Bench.Commands;

/// <summary>One benchmark: `pages`, `specs` and `diff` now; `search` is planned.</summary>
internal interface IBenchCommand
{
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    /// <summary>Runs with the arguments after the command name; returns the exit code.</summary>
    Task<int> RunAsync(string[] args);
}
