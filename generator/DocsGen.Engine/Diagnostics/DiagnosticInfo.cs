namespace DocsGen.Diagnostics;

/// <summary>What a diagnostic code means, for the diagnostics reference page.</summary>
/// <param name="Summary">What the code reports, in a few words.</param>
/// <param name="Message">The message as printed, with {placeholders} for what varies.</param>
/// <param name="Hint">The usual fix, as the printed hint says it.</param>
/// <param name="Example">Content that gets the diagnostic.</param>
public sealed record DiagnosticInfo(string Code, Severity Severity, string Summary, string Message, string Hint, string Example);
