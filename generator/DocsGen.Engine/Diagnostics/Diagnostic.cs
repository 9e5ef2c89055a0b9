namespace DocsGen.Diagnostics;

/// <summary>A content problem. Content problems are values, never exceptions.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, e.g. DG1001.</param>
/// <param name="Hint">How to fix it, in one sentence.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    SourceLocation? Location = null,
    string? Hint = null)
{
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var level = Severity.ToString().ToLowerInvariant();
        var hint = Hint is null ? "" : $" Hint: {Hint}";
        return $"{where}{level} {Code}: {Message}{hint}";
    }
}
