namespace DocsGen.Config;

/// <summary>
/// The Markdown a site's pages were written for (<c>markdown: { dialect: mkdocs }</c>): each dialect's own
/// syntax is rendered, and what DocsGen cannot render is a warning with its line, never silent raw text.
/// </summary>
public enum MarkdownDialect
{
    Docsgen,
    MkDocs,
    Docusaurus,
    Hugo,
}
