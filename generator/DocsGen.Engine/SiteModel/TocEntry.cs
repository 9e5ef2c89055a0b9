namespace DocsGen.SiteModel;

/// <summary>A heading on a page, for the on-page table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
