using DocsGen.Diagnostics;

namespace DocsGen.Checks.External;

/// <param name="Checked">Distinct URLs checked (from the cache or the network).</param>
/// <param name="Fetched">URLs actually requested this run (not answered by the cache).</param>
/// <param name="Skipped">Distinct URLs matched by checks.external.skip.</param>
internal sealed record ExternalCheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Checked, int Fetched, int Skipped);
