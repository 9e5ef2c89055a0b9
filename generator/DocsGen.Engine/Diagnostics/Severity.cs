namespace DocsGen.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
