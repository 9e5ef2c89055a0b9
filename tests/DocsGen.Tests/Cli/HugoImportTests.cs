using System.Text.RegularExpressions;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import hugo</c> on the Hugo documentation (content/en, 992 pages) and the hugo dialect: every page is
/// imported byte for byte and built, with 0 errors; every shortcode use (counted here over the files) is a warning at its
/// own line and column, where the file has it; every GitHub alert outside code is rendered.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class HugoImportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hugo_docs_import_and_build_every_page_and_report_every_shortcode_at_its_line()
    {
        var content = RepoPaths.Corpus("markdown/hugo-docs");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "hugo", content, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        Assert.Contains("dialect: hugo", File.ReadAllText(site.PathOf("docsgen.yml")));
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(site.Root, "docs", Path.GetRelativePath(content, f)))));

        var result = await site.BuildAsync();

        foreach (var group in result.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code}: {group.Count()}");
        }

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        var drafts = files.Count(f => IsDraft(File.ReadAllText(f)));
        Assert.Equal(files.Count - drafts, result.Site!.Versions["docs"].All.Count());
        Assert.True(files.Count == 992, $"{files.Count} Markdown files: the corpus is not the one expected");

        var uses = files.Sum(f => ShortcodeUse().Matches(File.ReadAllText(f)).Count);
        var reported = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported && d.Message.StartsWith("Hugo shortcode", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{files.Count} pages, {uses} shortcode uses, {reported.Count} reported");
        Assert.True(uses > 500, $"{uses} shortcode uses: the corpus is not the one expected");
        Assert.Equal(uses, reported.Count);
        Assert.All(reported, d =>
        {
            var line = File.ReadAllLines(Path.Combine(site.Root, d.Location!.File))[d.Location.Line - 1];
            Assert.True(line[(d.Location.Column - 1)..].StartsWith("{{", StringComparison.Ordinal), $"{d.Location}: '{line}'");
        });

        var alerts = files.Sum(f => CountOutsideFences(File.ReadAllText(f), AlertLine()));
        var rendered = result.Site.Versions["docs"].All.Sum(p => Regex.Count(File.ReadAllText(Path.Combine(site.Output, p.Url, "index.html")), "class=\"admonition admonition-"));
        output.WriteLine($"{alerts} GitHub alerts outside code, {rendered} rendered");
        Assert.True(alerts > 100, $"{alerts} alerts");
        Assert.Equal(alerts, rendered);
    }

    [Fact]
    public async Task In_the_hugo_dialect_a_commented_shortcode_prints_as_hugo_prints_it_and_is_not_a_use()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: Hugo\nmarkdown:\n  dialect: hugo\nversions:\n  - id: docs\n");
        site.Write("versions/docs/index.md", """
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

        var result = await site.BuildAsync();

        Assert.Equal(["versions/docs/index.md:8:1", "versions/docs/index.md:8:27", "versions/docs/index.md:18:1"], result.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported).Select(d => $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column}"));
        var html = File.ReadAllText(Path.Combine(site.Output, "docs", "index.html"));
        Assert.Contains("Write {{&lt; ref &quot;page.md&quot; &gt;}} to link", html);
        Assert.Contains("class=\"admonition admonition-note", html);
        // Hugo's alert title, which GitHub's syntax has not: the title of the same admonition, its body still Markdown.
        Assert.Matches("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Mind the templates</p>\\s*<p>They need a <strong>theme</strong>.</p>\\s*<ul>", html);
    }

    /// <summary>A page whose front matter (between the first two --- lines) says draft: true.</summary>
    private static bool IsDraft(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var end = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return end > 0 && normalized[..end].Split('\n').Any(l => l.Trim() == "draft: true");
    }

    /// <summary>Lines matching <paramref name="marker"/> outside ``` and ~~~ fences (a fence closes on its own marker).</summary>
    private static int CountOutsideFences(string text, Regex marker)
    {
        var count = 0;
        string? fence = null;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..(trimmed.Length - trimmed.TrimStart(trimmed[0]).Length)];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
            {
                fence = null;
            }
            else if (fence is null && marker.IsMatch(line))
            {
                count++;
            }
        }

        return count;
    }

    // An opening shortcode tag: not a comment ({{</* */>}}) and not a closing tag ({{< /x >}}).
    [GeneratedRegex(@"\{\{[<%](?!\s*/)")]
    private static partial Regex ShortcodeUse();

    [GeneratedRegex(@"^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", RegexOptions.IgnoreCase)]
    private static partial Regex AlertLine();
}
