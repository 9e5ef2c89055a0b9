namespace DocsGen.Config;

/// <summary>
/// pymdownx.snippets' settings for <c>markdown.dialect: mkdocs</c>: the folders a <c>--8&lt;-- "file"</c> is looked up in
/// (in order, the first that has it wins) and the files appended to every page. Paths are absolute.
/// </summary>
public sealed record SnippetConfig
{
    public required IReadOnlyList<string> BasePaths { get; init; }

    public IReadOnlyList<string> AutoAppend { get; init; } = [];
}
