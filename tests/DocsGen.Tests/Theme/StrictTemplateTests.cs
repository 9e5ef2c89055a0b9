using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Theme;

/// <summary>
/// `--strict` makes a name no template value has an error at its template line (DG8010): without it a
/// misspelled <c>{{ page.titel }}</c> renders as empty text and nobody notices. The default theme, over the
/// bundled site and the golden sites, uses no such name.
/// </summary>
public sealed class StrictTemplateTests
{
    // guide.html of the default theme with a misspelled member on line 3 and an unknown variable on line 5.
    private const string MisspelledGuideLayout = """
        <article class="doc doc-guide">
        {{ include 'partials/page-header.html' }}
        <p class="byline">{{ page.titel }}</p>
        <div class="doc-content">{{ page.content }}</div>
        <p>{{ edit_linkk }}</p>
        </article>
        """;

    [Fact]
    public async Task A_misspelled_member_and_an_unknown_variable_are_errors_at_their_template_lines_under_strict()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("themes/default/layouts/guide.html", MisspelledGuideLayout);

        var result = await site.BuildAsync(configure: o => o with { WarningsAsErrors = true });

        Assert.False(result.Succeeded);
        var unknown = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateUnknownName).ToList();
        // Rendering stops at the first unknown name of a page, so the member on line 3 is what each guide reports.
        var diagnostic = Assert.Single(unknown);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("'titel'", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("themes", "default", "layouts", "guide.html"), diagnostic.Location!.File, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location!.Line);
    }

    [Fact]
    public async Task After_the_member_is_fixed_the_unknown_variable_is_reported_next()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("themes/default/layouts/guide.html", MisspelledGuideLayout.Replace("page.titel", "page.title", StringComparison.Ordinal));

        var result = await site.BuildAsync(configure: o => o with { WarningsAsErrors = true });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateUnknownName);
        Assert.Contains("'edit_linkk'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location!.Line);
    }

    [Fact]
    public async Task Without_strict_the_misspelled_names_render_empty_as_before()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("themes/default/layouts/guide.html", MisspelledGuideLayout);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<p class=\"byline\"></p>", File.ReadAllText(Path.Combine(site.Output, "v1", "guide", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default-theme")]
    [InlineData("two-versions")]
    [InlineData("markdown-features")]
    public async Task The_golden_sites_build_under_strict(string name)
    {
        using var site = TestSite.Copy(name);

        var result = await site.BuildAsync(configure: o => o with { WarningsAsErrors = true });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task The_bundled_site_with_its_api_reference_builds_under_strict()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));

        var result = await site.BuildAsync(configure: o => o with { WarningsAsErrors = true });

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateUnknownName);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
