namespace DocsGen.Content;

/// <summary>Title and order of a folder, from its _section.yml (or Docusaurus _category_.yml).</summary>
public sealed record SectionInfo(string VersionPath, string? Title, int? Order);
