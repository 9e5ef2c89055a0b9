using DocsGen.Diagnostics;

namespace DocsGen.SiteModel;

/// <summary>A fenced code block of a guide: the raw material of sample freshness checks.</summary>
/// <param name="Attributes">Options from the info string, e.g. op=createPayment, response=201, include=...</param>
public sealed record GuideCodeBlock(string? Language, string Code, IReadOnlyDictionary<string, string> Attributes, SourceLocation Location);
