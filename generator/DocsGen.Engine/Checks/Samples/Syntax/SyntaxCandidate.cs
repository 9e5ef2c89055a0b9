using DocsGen.Diagnostics;

namespace DocsGen.Checks.Samples;

/// <summary>A bound or x-codeSamples sample to read with its language's own parser.</summary>
/// <param name="Label">The operation it is bound to, for the message.</param>
internal sealed record SyntaxCandidate(string Language, string Source, SourceLocation Location, string Label);
