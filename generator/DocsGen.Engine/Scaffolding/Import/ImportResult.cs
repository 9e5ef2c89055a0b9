namespace DocsGen.Scaffolding.Import;

/// <summary>What <c>docsgen import</c> wrote: the config, and per version how many Markdown pages it copied.</summary>
public sealed record ImportResult(string ConfigPath, IReadOnlyDictionary<string, int> PagesPerVersion, int FilesCopied);
