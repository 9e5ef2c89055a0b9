using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Markdown;

/// <summary>Markdown nested deeper than Markdig allows is a located error in a guide, and plain text in a spec description.</summary>
public sealed class DeepNestingTests
{
    public static TheoryData<string> TooDeep() =>
    [
        new string('>', 200) + " x",
        new string('[', 20000),
        string.Concat(Enumerable.Repeat("- ", 5000)) + "x",
        new string('*', 20000) + "x" + new string('*', 20000),
    ];

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task A_guide_nested_too_deep_is_an_error_at_its_file_not_a_crash(string body)
    {
        using var site = TestSite.Copy("minimal");
        site.Write("versions/v1/deep.md", "---\ntitle: Deep\n---\n\n" + body + "\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.MarkdownTooDeep, "versions/v1/deep.md"), (error.Code, error.Location?.File));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void A_spec_description_nested_too_deep_is_shown_as_escaped_text(string description)
    {
        var html = UntrustedMarkdown.ToHtml(description + "<script>alert(1)</script>");

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
