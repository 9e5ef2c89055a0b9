using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// The setup the Markdown dialect tests share: a one-version site (v1, in docs/) whose docsgen.yml sets
/// <c>markdown.dialect</c>, one page docs/page.md, built; a test reads the page's HTML and the build's diagnostics.
/// </summary>
internal static class DialectPage
{
    /// <summary>Builds <paramref name="page"/> as docs/page.md; the HTML is "" when the page was not written.</summary>
    /// <param name="dialect">markdown.dialect, or null for none (DocsGen's own Markdown).</param>
    /// <param name="markdownSettings">More lines of docsgen.yml's markdown section, indented by two spaces (snippets:).</param>
    /// <param name="files">Other files of the site, by path from the site folder, written before the build.</param>
    public static Task<(string Html, BuildResult Result)> BuildAsync(string? dialect, string page, string markdownSettings = "",
        IReadOnlyDictionary<string, string>? files = null) =>
        BuildAsync(dialect, _ => page, markdownSettings, files);

    /// <summary>The same, for a page whose text depends on where the site is (a path out of it).</summary>
    public static async Task<(string Html, BuildResult Result)> BuildAsync(string? dialect, Func<TestSite, string> page, string markdownSettings = "",
        IReadOnlyDictionary<string, string>? files = null)
    {
        using var site = TestSite.Empty();
        var markdown = dialect is null && markdownSettings.Length == 0
            ? ""
            : "markdown:\n" + (dialect is null ? "" : $"  dialect: {dialect}\n") + markdownSettings + "\n";
        site.Write("docsgen.yml", "title: Dialects\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n    dir: docs\n" + markdown);
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            site.Write(path, text);
        }

        site.Write("docs/page.md", page(site));
        var result = await site.BuildAsync();
        var file = Path.Combine(site.Output, "v1", "page", "index.html");
        return (File.Exists(file) ? File.ReadAllText(file) : "", result);
    }

    /// <summary>Fails, listing them, unless the build said nothing above info.</summary>
    public static void AssertNoProblems(BuildResult result) =>
        Assert.True(result.Diagnostics.All(d => d.Severity == Severity.Info), string.Join("\n", result.Diagnostics));

    /// <summary>How many times <paramref name="what"/> occurs in <paramref name="text"/>.</summary>
    public static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
