using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Theme;

/// <summary>
/// A page's partials are written straight into the page (StreamedInclude) rather than each made a string first, and
/// every form of <c>include</c> a theme may use renders exactly what Scriban's own include rendered: plain, indented,
/// inline, kept in a variable, with positional and named arguments, piped, trimmed, in a loop and nested. The fixture's
/// expected-article.html was written by the build before the change.
/// </summary>
public sealed class StreamedIncludeTests
{
    [Fact]
    public async Task Every_include_form_renders_what_Scribans_own_include_rendered()
    {
        using var site = TestSite.Copy("include-forms");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, "v1", "guide", "index.html"));
        var start = page.IndexOf("<article", StringComparison.Ordinal);
        var end = page.IndexOf("</article>", StringComparison.Ordinal) + "</article>".Length;
        Assert.True(start >= 0 && end > start, "The guide page has no <article> from the fixture's layout.");
        Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "expected-article.html")), page[start..end] + "\n");
    }
}
