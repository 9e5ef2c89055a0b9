using DocsGen.Diagnostics;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// Pages written for Hugo with <c>markdown: { dialect: hugo }</c>: shortcodes are reported at their line and column
/// and shown as text, a commented shortcode prints as Hugo prints it, and GitHub alerts (with Hugo's titles) render.
/// </summary>
public sealed class HugoDialectTests
{
    [Fact]
    public async Task Hugo_shortcodes_are_reported_at_their_line()
    {
        var (_, result) = await DialectPage.BuildAsync("hugo", """
            # Page

            Text.

            {{< youtube w7Ft2ymGmfc >}}
            """);

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("Hugo shortcode", StringComparison.Ordinal));
        Assert.Equal(("docs/page.md", 5), (warning.Location?.File, warning.Location?.Line));
    }

    [Fact]
    public async Task A_commented_shortcode_prints_as_hugo_prints_it_and_is_not_a_use()
    {
        var (html, result) = await DialectPage.BuildAsync("hugo", """
            ---
            title: Shortcodes
            linkTitle: Codes
            ---

            Write {{</* ref "page.md" */>}} to link, as in:

            {{< ref "page.md" >}} and {{% note %}}text{{% /note %}}

            > [!NOTE]
            > Shortcodes run before Markdown.

            > [!WARNING] Mind the templates
            > They need a **theme**.
            >
            > - even [the small ones](#)

            {{< last >}}
            """);

        Assert.Equal(["docs/page.md:8:1", "docs/page.md:8:27", "docs/page.md:18:1"], result.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported).Select(d => $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column}"));
        Assert.Contains("Write {{&lt; ref &quot;page.md&quot; &gt;}} to link", html);
        Assert.Contains("class=\"admonition admonition-note", html);
        // Hugo's alert title, which GitHub's syntax has not: the title of the same admonition, its body still Markdown.
        Assert.Matches("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Mind the templates</p>\\s*<p>They need a <strong>theme</strong>.</p>\\s*<ul>", html);
    }
}
