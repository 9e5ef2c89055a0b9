using DocsGen.Build;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// Pages written for MkDocs Material render with <c>markdown: { dialect: mkdocs }</c>; another dialect's
/// syntax that DocsGen cannot render is a warning at its line, never silent raw text.
/// </summary>
public sealed class MkDocsDialectTests
{
    [Fact]
    public async Task An_admonition_with_a_title_and_an_indented_body_is_a_callout()
    {
        var (html, result) = await BuildPageAsync("mkdocs", """
            # Page

            !!! warning "Mind the gap"
                The body is **Markdown**.

                - and may hold lists

            After.
            """);

        Assert.Contains("<aside class=\"admonition admonition-warning admonition-type-warning\" role=\"note\"><p class=\"admonition-title\">Mind the gap</p>", html);
        Assert.Contains("<p>The body is <strong>Markdown</strong>.</p>", html);
        Assert.Contains("<li>and may hold lists</li>", html);
        Assert.Matches("</ul>\\s*</aside>\\s*<p>After.</p>", html);
        Assert.DoesNotContain("!!!", html);
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public async Task Collapsible_admonitions_are_details_closed_or_open_with_the_type_as_title()
    {
        var (html, _) = await BuildPageAsync("mkdocs", """
            # Page

            ??? bug
                Folded.

            ???+ example "Open"
                Unfolded.
            """);

        Assert.Contains("<details class=\"admonition admonition-danger admonition-type-bug\"><summary class=\"admonition-title\">Bug</summary>", html);
        Assert.Contains("<details class=\"admonition admonition-note admonition-type-example\" open><summary class=\"admonition-title\">Open</summary>", html);
        Assert.DoesNotContain("???", html);
    }

    [Fact]
    public async Task Consecutive_content_tabs_are_one_tab_group_in_the_theme_markup()
    {
        var (html, _) = await BuildPageAsync("mkdocs", """
            # Page

            === "Python"

                ```python
                print(1)
                ```

            === "C#"
                Plain text.

            Between.

            === "Only"
                Alone.
            """);

        Assert.Equal(2, html.Split("<div class=\"tabs\"").Length - 1);
        Assert.Contains("<div class=\"tab-list\" role=\"tablist\"><button type=\"button\" role=\"tab\" data-tab=\"python\">Python</button><button type=\"button\" role=\"tab\" data-tab=\"csharp\">C#</button></div>", html);
        Assert.Contains("data-tab-label=\"Python\"", html);
        Assert.Contains("print", html);
        Assert.Contains("<p>Plain text.</p>", html);
        Assert.DoesNotContain("=== ", html);
    }

    [Fact]
    public async Task A_definition_after_an_html_comment_holds_markdown_not_code()
    {
        var (html, _) = await BuildPageAsync("mkdocs", """
            # Page

            <!-- md:option social.link -->

            :   The link.

                === "Email"
                    Write to us.
            """);

        Assert.Contains("<div class=\"definition\">", html);
        Assert.Contains("<p>The link.</p>", html);
        Assert.Contains("data-tab-label=\"Email\"", html);
        Assert.DoesNotContain("<pre", html);
    }

    [Fact]
    public async Task Without_the_dialect_mkdocs_syntax_is_a_warning_with_a_hint_at_its_line()
    {
        var (html, result) = await BuildPageAsync(null, """
            # Page

            !!! note
                Body.
            """);

        var warning = Assert.Single(Warnings(result), d => d.Code == DiagnosticCodes.MarkdownDialectSyntax);
        Assert.Equal(3, warning.Location?.Line);
        Assert.Contains("dialect: mkdocs", warning.Hint);
        Assert.Contains("!!! note", html);
    }

    [Fact]
    public async Task Macros_and_mdx_imports_are_warnings_at_their_lines()
    {
        var (html, result) = await BuildPageAsync("mkdocs", """
            # Page

            Macros are left as text.

            The version is {{ config.extra.version }}.

            ```
            {{ also fine }}
            ```
            """);

        var warnings = Warnings(result).Where(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported).OrderBy(d => d.Location?.Line).ToList();
        Assert.Equal([5], warnings.Select(d => d.Location?.Line ?? 0));
        Assert.Contains("{{ config.extra.version }}", html);

        var (_, docusaurus) = await BuildPageAsync("docusaurus", """
            import TOCInline from '@theme/TOCInline';

            # Page

            Text.
            """);
        Assert.Equal(1, Assert.Single(Warnings(docusaurus), d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported).Location?.Line);
    }

    [Fact]
    public async Task An_unknown_dialect_is_a_config_error()
    {
        var (_, result) = await BuildPageAsync("sphinx", "# Page\n");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("markdown.dialect", error.Message);
    }

    private static List<Diagnostic> Warnings(BuildResult result) => [.. result.Diagnostics.Where(d => d.Severity == Severity.Warning)];

    private static Task<(string Html, BuildResult Result)> BuildPageAsync(string? dialect, string markdown) => DialectPage.BuildAsync(dialect, markdown);
}
