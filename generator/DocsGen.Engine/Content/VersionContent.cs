namespace DocsGen.Content;

/// <summary>Everything read from one version's folder.</summary>
public sealed record VersionContent(
    string Version,
    IReadOnlyList<GuideSource> Guides,
    IReadOnlyList<SectionInfo> Sections,
    IReadOnlyList<AssetFile> Assets);

/// <summary>A file copied as is; <paramref name="OutputPath"/> is relative to the output root.</summary>
public sealed record AssetFile(string FullPath, string OutputPath);
