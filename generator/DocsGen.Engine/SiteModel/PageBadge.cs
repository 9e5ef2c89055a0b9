namespace DocsGen.SiteModel;

/// <summary>A small label next to a page title, e.g. "New in v2" (kind: new, changed, removed, deprecated).</summary>
public sealed record PageBadge(string Label, string Kind);
