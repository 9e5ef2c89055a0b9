using DocsGen.Diagnostics;

namespace DocsGen.Checks.Samples;

/// <param name="Checked">Guide code blocks checked against an operation (requests and response examples).</param>
/// <param name="ExamplesChecked">The specs' own examples validated against their schemas.</param>
/// <param name="Ran">Samples sent to the --run-samples server.</param>
/// <param name="RunSkipped">Bound samples that could not be sent as written.</param>
public sealed record SampleCheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Checked, int ExamplesChecked = 0, int Ran = 0, int RunSkipped = 0);
