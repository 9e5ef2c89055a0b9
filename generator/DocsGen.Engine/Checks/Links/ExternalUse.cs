using DocsGen.Diagnostics;

namespace DocsGen.Checks.Links;

/// <summary>One place an external URL is used: a Markdown line, or a page the theme put it on.</summary>
/// <param name="Pages">How many pages carry it when the theme produced it (1 for Markdown).</param>
internal sealed record ExternalUse(string Url, SourceLocation Location, bool FromMarkdown, string Producer, int Pages = 1);
