using DocsGen.SiteModel;

namespace DocsGen.Checks.Commands;

/// <summary>
/// A shell block marked {run}, the output block after it (if any) and the exit code it should end with;
/// or, for a command that runs until stopped (a server), the text it prints once it is ready (<paramref name="Until"/>).
/// </summary>
public sealed record RunnableBlock(GuideCodeBlock Commands, GuideCodeBlock? Output, int ExpectedExit, string? Until = null);
