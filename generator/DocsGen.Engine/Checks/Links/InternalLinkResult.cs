using DocsGen.Diagnostics;

namespace DocsGen.Checks.Links;

/// <summary>What the internal link check found, and the external URLs it saw on the way.</summary>
internal sealed record InternalLinkResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesScanned, int LinksChecked, IReadOnlyList<ExternalUse> External);
