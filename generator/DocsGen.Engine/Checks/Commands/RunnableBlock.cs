using DocsGen.SiteModel;

namespace DocsGen.Checks.Commands;

/// <summary>A shell block marked {run}, the output block after it (if any) and the exit code it should end with.</summary>
public sealed record RunnableBlock(GuideCodeBlock Commands, GuideCodeBlock? Output, int ExpectedExit);
