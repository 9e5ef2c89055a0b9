using System.Runtime.CompilerServices;

namespace DocsGen.Browser.Tests;

/// <summary>
/// Tests build the bundled site with the engine directly, as the docsgen program would: its pages
/// include the command-line reference, which the program registers when it starts.
/// </summary>
internal static class ReferenceHost
{
#pragma warning disable CA2255 // The test assembly is the host here, exactly like the program's startup.
    [ModuleInitializer]
    internal static void Register() => DocsGen.Cli.CommandLine.RegisterReferences();
#pragma warning restore CA2255
}
