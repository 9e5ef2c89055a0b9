using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// Pages written for Hugo with <c>markdown: { dialect: hugo }</c>: Hugo's built-in shortcodes render as Hugo renders
/// them (highlight, figure, details, param, comment, ref/relref through the link resolver), every other shortcode is
/// reported at its line and column and shown as text, a commented shortcode prints as Hugo prints it, and GitHub
/// alerts (with Hugo's titles) render.
/// </summary>
public sealed class HugoDialectTests
{
    [Fact]
    public async Task The_param_shortcode_takes_the_page_s_value_first_then_docsgen_yml_s_params()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", """
            title: Params
            versions:
              - id: v1
                dir: docs
            markdown:
              dialect: hugo
            params:
              minVersion: "0.140"
              edition: extended
              support:
                email: help@example.com
            """);
        site.Write("docs/page.md", """
            +++
            title = "Page"
            [params]
            edition = "standard"
            +++

            Hugo {{< param "minVersion" >}} ({{< param "edition" >}}), {{% param "support.email" %}}, {{< param "nowhere" >}}.
            """);

        var result = await site.BuildAsync();

        var html = File.ReadAllText(Path.Combine(site.Output, "v1", "page", "index.html"));
        Assert.Contains("Hugo 0.140 (standard), help@example.com, {{&lt; param &quot;nowhere&quot; &gt;}}.", html);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HugoParamMissing);
        Assert.Equal(("docs/page.md", 7), (missing.Location?.File, missing.Location?.Line));
    }

    [Fact]
    public void Docsgen_yml_params_hold_text_or_mappings_only()
    {
        var diagnostics = new DiagnosticBag();

        var config = ConfigLoader.Parse("title: T\nparams:\n  links: [a, b]\n", Path.GetTempPath(), diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.ToList(), d => d.Message.Contains("params.links", StringComparison.Ordinal));
        Assert.Equal((Severity.Error, 3), (error.Severity, error.Location?.Line));
    }

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

    [Fact]
    public async Task Built_in_shortcodes_render_as_hugo_renders_them()
    {
        var (html, result) = await DialectPage.BuildAsync("hugo", """
            +++
            title = "Built-ins"
            [params]
            minVersion = "0.140"
            +++

            Needs Hugo {{< param "minVersion" >}} or later; see [the setup]({{< ref "guide/setup.md#install" >}}) and [the guide][g].

            [g]: {{< relref "guide" >}}

            {{< highlight go "linenos=table, hl_lines=2" >}}
            fmt.Println("hello")
            {{< /highlight >}}

            Inline {{< highlight go "hl_inline=true" >}}x := 1{{< /highlight >}} code.

            {{< figure
              src="images/pic.png"
              alt="A picture"
              link="https://example.org/"
              title="The title"
              caption="A *caption*"
            >}}

            {{< details summary="See the details" open=true >}}
            Hidden **Markdown**.
            {{< /details >}}

            {{% comment %}}A note to the authors.{{% /comment %}}

            The end.
            """, files: new Dictionary<string, string>
        {
            ["docs/guide/_index.md"] = "# Guide\n",
            ["docs/guide/setup.md"] = "# Setup\n\n## Install\n",
            ["docs/images/pic.png"] = "PNG",
        });

        DialectPage.AssertNoProblems(result);
        Assert.Contains("Needs Hugo 0.140 or later; see <a href=\"/v1/guide/setup/#install\">the setup</a> and <a href=\"/v1/guide/\">the guide</a>.", html);
        Assert.Matches("<pre[^>]*><code[^>]*class=\"[^\"]*language-go[^\"]*\"[^>]*>.*fmt.*Println", html);
        Assert.Contains("Inline <code>x := 1</code> code.", html);
        Assert.Matches("<figure>\\s*<p><a href=\"https://example.org/\"[^>]*><img src=\"/v1/images/pic.png\" alt=\"A picture\"\\s*/?></a></p>\\s*<figcaption><strong>The title</strong> A <em>caption</em></figcaption>\\s*</figure>", html);
        Assert.Matches("<details open><summary>See the details</summary>\\s*<p>Hidden <strong>Markdown</strong>.</p>\\s*</details>", html);
        Assert.DoesNotContain("A note to the authors", html);
        Assert.DoesNotContain("{{", html);
        Assert.Contains("<p>The end.</p>", html);
    }

    [Fact]
    public async Task A_ref_to_a_missing_page_is_a_broken_link_at_its_line()
    {
        var (_, result) = await DialectPage.BuildAsync("hugo", """
            # Page

            {{< highlight text >}}
            code
            {{< /highlight >}}

            See [the setup]({{< ref "setup.md" >}}).
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.LinkToMissingPage, "docs/page.md", 7), (error.Code, error.Location!.File, error.Location.Line));
        Assert.Contains("Hugo ref 'setup.md'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embeds_and_the_sites_own_shortcodes_stay_reported_with_what_to_do()
    {
        var (html, result) = await DialectPage.BuildAsync("hugo", """
            # Page

            {{< youtube w7Ft2ymGmfc >}}

            {{% include "/_common/gomodules-info.md" %}}

            A {{< ref "page.md" >}} outside a link, and {{< param "nowhere" >}}.
            """);

        var reported = result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => $"{d.Location!.Line}:{d.Location.Column} {d.Code} {d.Hint}").ToList();
        Assert.Equal(4, reported.Count);
        Assert.StartsWith("3:1 DG2021 Hugo's built-in 'youtube' embeds", reported[0], StringComparison.Ordinal);
        Assert.StartsWith("5:1 DG2021 'include' is the site's own shortcode (layouts/shortcodes/include.html), a Go template DocsGen cannot run", reported[1], StringComparison.Ordinal);
        Assert.StartsWith("7:3 DG2021 DocsGen renders ref as a Markdown link's target", reported[2], StringComparison.Ordinal);
        Assert.StartsWith("7:45 DG2036 ", reported[3], StringComparison.Ordinal);
        Assert.Contains("{{&lt; youtube w7Ft2ymGmfc &gt;}}", html);
    }

    [Fact]
    public async Task Values_from_the_page_never_become_markup()
    {
        var (html, result) = await DialectPage.BuildAsync("hugo", """
            ---
            title: Hostile
            params:
              evil: "<img src=x onerror=alert(1)> *bold*"
            ---

            Value: {{< param "evil" >}}

            {{< details summary="\"><script>alert(1)</script>" >}}
            Body.
            {{< /details >}}

            {{< figure src="javascript:alert(1)" alt="A" >}}

            {{< figure src="pic.png" alt="<script>alert(2)</script>" caption="<img src=x onerror=alert(3)> *caption*" >}}

            {{< highlight html >}}
            <script>alert(4)</script>
            {{< /highlight >}}
            """, files: new Dictionary<string, string> { ["docs/pic.png"] = "PNG" });

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.OuterHtml));
        Assert.Contains("Value: &lt;img src=x onerror=alert(1)&gt; *bold*", html);
        Assert.Contains("<summary>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</summary>", html);
        Assert.Contains("&lt;img src=x onerror=alert(3)&gt; <em>caption</em>", html);
        Assert.Contains(result.Diagnostics, d => d.Location!.Line == 13 && d.Hint!.Contains("http(s)", StringComparison.Ordinal));
    }
}
