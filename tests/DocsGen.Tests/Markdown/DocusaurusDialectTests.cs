using DocsGen.Build;
using DocsGen.Diagnostics;
using static DocsGen.Tests.Markdown.DialectPage;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// Pages written for Docusaurus render with <c>markdown: { dialect: docusaurus }</c>: <c>&lt;Tabs&gt;</c>/<c>&lt;TabItem&gt;</c>
/// become DocsGen tabs (holding admonitions and code), and <c>@site/</c> links resolve from the site folder.
/// </summary>
public sealed class DocusaurusDialectTests
{
    [Fact]
    public async Task Tabs_and_tab_items_render_as_one_docsgen_tab_group_with_their_labels()
    {
        var (html, result) = await BuildAsync("docusaurus", """
            # Page

            <Tabs groupId="package-manager">
              <TabItem value="npm" label="npm" default>

                ```bash
                npm install --save-dev jest
                ```

                :::tip
                Works with **npm** 7 and later.
                :::

              </TabItem>
              <TabItem value="yarn">

                Yarn text.

              </TabItem>
            </Tabs>

            After.
            """);

        AssertNoProblems(result);
        Assert.Contains("<div class=\"tabs\" data-tab-group=\"package-manager\">", html);
        Assert.Contains("data-tab-label=\"npm\"", html);
        Assert.Contains("data-tab-label=\"yarn\"", html);
        Assert.Equal(2, Count(html, "class=\"tab-panel\""));
        Assert.Contains("<p>Yarn text.</p>", html);
        Assert.Contains("admonition admonition-tip", html);
        Assert.Contains("--save-dev", html);
        Assert.DoesNotContain("&lt;Tab", html);
        Assert.DoesNotContain("<TabItem", html);
        Assert.DoesNotContain(":::", html);
        Assert.Matches("</div>\\s*<p>After.</p>", html);
    }

    [Fact]
    public async Task Tabs_inside_a_code_fence_are_left_as_code()
    {
        var (html, _) = await BuildAsync("docusaurus", """
            # Page

            ```mdx
            <Tabs>
            <TabItem value="a">
            </TabItem>
            </Tabs>
            ```
            """);

        Assert.DoesNotContain("class=\"tab-panel\"", html);
        Assert.Contains("&lt;TabItem", html);
    }

    [Fact]
    public async Task Without_the_dialect_tabs_are_a_warning_with_a_hint()
    {
        var (_, result) = await BuildAsync(null, """
            # Page

            <Tabs>
            <TabItem value="a">
            A
            </TabItem>
            </Tabs>
            """);

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MarkdownDialectSyntax && d.Message.Contains("<Tabs>", StringComparison.Ordinal)).ToList();
        Assert.Equal([3, 4], warnings.Select(w => w.Location?.Line ?? 0));
        var warning = warnings[0];
        Assert.Contains("dialect: docusaurus", warning.Hint);
    }

    [Fact]
    public async Task Site_alias_links_resolve_from_the_site_folder_and_static_files_from_assets()
    {
        var (html, result) = await BuildAsync("docusaurus", """
            # Page

            See [the other page](@site/docs/guides/other.md#part) and ![logo](@site/static/img/logo.svg).
            """);

        AssertNoProblems(result);
        Assert.Contains("href=\"/v1/guides/other/#part\"", html);
        Assert.Contains("src=\"/assets/img/logo.svg\"", html);
    }

    private static Task<(string Html, BuildResult Result)> BuildAsync(string? dialect, string page) =>
        DialectPage.BuildAsync(dialect, page, files: new Dictionary<string, string>
        {
            ["docs/guides/other.md"] = "# Other\n\n## Part\n",
            ["assets/img/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        });
}
