using DocsGen.Build;
using DocsGen.Diagnostics;
using static DocsGen.Tests.Markdown.DialectPage;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// pymdownx snippets with <c>markdown: { dialect: mkdocs }</c>: <c>--8&lt;-- "file"</c> lines and blocks are replaced by the
/// file's text (relative to the site folder or markdown.snippets.basePath), read through the confined reader.
/// </summary>
public sealed class MkDocsSnippetTests
{
    [Fact]
    public async Task A_snippet_line_is_replaced_by_the_file_and_keeps_the_markers_indent_in_code()
    {
        var (html, result) = await BuildAsync(page: """
            # Page

            Before.

            --8<-- "includes/note.md"

            ```python
            --8<-- "src/hello.py"
            ```

            - item

                --8<-- 'includes/note.md'
            """);

        AssertNoProblems(result);
        Assert.Contains("<p>Included <strong>Markdown</strong>.</p>", html);
        Assert.Contains("print", html);
        Assert.Contains("hello", html);
        Assert.DoesNotContain("8&lt;", html);
        Assert.DoesNotContain("--8<--", html);
        Assert.Equal(2, Count(html, "Included <strong>Markdown</strong>"));
    }

    [Fact]
    public async Task A_block_of_files_lines_and_sections_are_included_and_markers_removed()
    {
        var (html, result) = await BuildAsync(page: """
            # Page

            --8<--
            includes/note.md
            ; includes/skipped.md

            includes/second.md
            --8<--

            ```
            --8<-- "src/lines.txt:2:3"
            ```

            ```
            --8<-- "src/lines.txt:middle"
            ```
            """);

        AssertNoProblems(result);
        Assert.Contains("Included <strong>Markdown</strong>", html);
        Assert.Contains("Second file.", html);
        Assert.Contains(">two\nthree</code>", html);
        Assert.DoesNotContain(">one", html);
        Assert.Contains(">inside</code>", html);
        Assert.DoesNotContain("[start:middle]", html);
        Assert.DoesNotContain("skipped", html);
    }

    [Fact]
    public async Task An_escaped_marker_is_printed_without_its_semicolon()
    {
        var (html, result) = await BuildAsync(page: """
            # Page

            ````markdown
            ```
            ;--8<-- "anything.txt"
            ```
            ````
            """);

        AssertNoProblems(result);
        Assert.Contains("--8&lt;-- \"anything.txt\"", html);
        Assert.DoesNotContain(";--8", html);
    }

    [Fact]
    public async Task A_missing_snippet_is_an_error_at_its_line_and_later_lines_keep_their_numbers()
    {
        var (_, result) = await BuildAsync(page: """
            # Page

            --8<-- "includes/note.md"

            --8<-- "includes/nowhere.md"

            [broken](missing.md)
            """);

        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SnippetMissing);
        Assert.Equal(Severity.Error, missing.Severity);
        Assert.Equal(("docs/page.md", 5), (missing.Location?.File, missing.Location?.Line));
        Assert.Contains("includes/nowhere.md", missing.Message);
        var link = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkToMissingPage);
        Assert.Equal(7, link.Location?.Line);
    }

    [Fact]
    public async Task A_snippet_outside_the_site_is_refused_with_DG2018()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"docsgen-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "SECRET-TEXT");
        try
        {
            var (html, result) = await BuildAsync(page: $"""
                # Page

                --8<-- "../{Path.GetFileName(outside)}"
                """, outsideFile: outside);

            var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadOutsideRoots);
            Assert.Equal(3, refused.Location?.Line);
            Assert.DoesNotContain("SECRET-TEXT", html);
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("SECRET-TEXT", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_snippet_that_includes_itself_is_a_warning_not_a_hang()
    {
        var (_, result) = await BuildAsync(page: """
            # Page

            --8<-- "includes/loop.md"
            """);

        var loop = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SnippetNotIncluded);
        Assert.Equal(3, loop.Location?.Line);
    }

    [Fact]
    public async Task Base_path_and_auto_append_come_from_docsgen_yml()
    {
        var (html, result) = await BuildAsync(page: """
            # Page

            See [the glossary][glossary] and the *[HTML] abbreviation: HTML.

            --8<-- "note.md"
            """, snippets: """
              snippets:
                basePath: [includes]
                autoAppend: [includes/links.md]
            """);

        AssertNoProblems(result);
        Assert.Contains("Included <strong>Markdown</strong>", html);
        Assert.Contains("href=\"https://example.com/glossary\"", html);
    }

    [Fact]
    public async Task Snippets_are_included_only_in_the_mkdocs_dialect()
    {
        var (html, result) = await BuildAsync(page: """
            # Page

            --8<-- "includes/note.md"
            """, dialect: "docsgen");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MarkdownDialectSyntax);
        Assert.Contains("dialect: mkdocs", warning.Hint);
        Assert.DoesNotContain("Included", html);
    }

    /// <summary>The files snippets include, beside the version folder.</summary>
    private static readonly Dictionary<string, string> Includes = new()
    {
        ["includes/note.md"] = "Included **Markdown**.\n",
        ["includes/second.md"] = "Second file.\n",
        ["includes/skipped.md"] = "skipped\n",
        ["includes/loop.md"] = "Loop start.\n\n--8<-- \"includes/loop.md\"\n",
        ["includes/links.md"] = "[glossary]: https://example.com/glossary\n*[HTML]: Hyper Text Markup Language\n",
        ["src/hello.py"] = "print(\"hello\")\n",
        ["src/lines.txt"] = "one\ntwo\nthree\n# --8<-- [start:middle]\ninside\n# --8<-- [end:middle]\n",
    };

    private static Task<(string Html, BuildResult Result)> BuildAsync(string page, string dialect = "mkdocs", string snippets = "", string? outsideFile = null) =>
        DialectPage.BuildAsync(dialect, site => outsideFile is null
            ? page
            // "../" in the page stands for the folder of the file outside the site, wherever the temp folders are.
            : page.Replace("\"../", $"\"{Path.GetRelativePath(site.Root, Path.GetDirectoryName(outsideFile)!).Replace('\\', '/')}/", StringComparison.Ordinal),
            snippets, Includes);
}
