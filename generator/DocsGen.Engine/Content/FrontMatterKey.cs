namespace DocsGen.Content;

/// <summary>A front matter key DocsGen accepts, described for the front matter reference.</summary>
/// <param name="SameAs">For another tool's spelling, the key it stands for; null for DocsGen's own keys.</param>
/// <param name="Used">False for keys accepted so pages shared with other tools build without warnings, but not used.</param>
public sealed record FrontMatterKey(string Name, string Type, string Default, string Meaning, string? SameAs = null, bool Used = true);
