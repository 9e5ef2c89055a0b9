namespace DocsGen.SiteModel;

/// <summary>One level of a page's section path.</summary>
/// <param name="Folder">Version-relative folder for guides; null for generated pages.</param>
public sealed record NavSegment(string Key, string Title, string? Folder);
