using System.Text.RegularExpressions;
using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Corpus;

/// <summary>
/// Real-world Markdown (the Hugo docs, the Rust RFCs) built as the content of a minimal site:
/// the build must finish cleanly, publish every page, and say where it met syntax it does not support.
/// </summary>
public sealed partial class CorpusBuildTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("markdown/hugo-docs")]
    [InlineData("markdown/rust-rfcs")]
    public async Task Corpus_builds_with_one_page_per_markdown_file(string corpus)
    {
        var content = RepoPaths.Corpus(corpus);
        using var site = TestSite.Empty();
        Directory.CreateDirectory(site.Root);
        // These corpora contain real broken links: reported, but not fatal.
        site.Write("docsgen.yml", $"""
            title: Corpus
            baseUrl: https://example.com/
            readRoots: ["{content}"]
            versions:
              - id: v1
                dir: "{content}"
            checks:
              brokenLinks: warning
            """);

        var result = await site.BuildAsync();

        Report(corpus, result);
        Assert.True(result.Succeeded, "Errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(30)));

        var markdown = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(content, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .ToList();
        var drafts = markdown.Count(IsDraft);
        var pages = result.Site!.Versions["v1"].All.ToList();
        Assert.Equal(markdown.Count - drafts, pages.Count);

        AssertEveryShortcodeFileWarned(markdown, content, result);
        AssertNoTemplateTextLeaked(site.Output, pages);
    }

    private void Report(string corpus, BuildResult result)
    {
        output.WriteLine($"{corpus}: {result.Pages} pages, {result.Files} files, {result.Elapsed.TotalSeconds:0.00} s");
        foreach (var group in result.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code}: {group.Count()}");
        }
    }

    /// <summary>Every file with a Hugo shortcode outside code has a DG2010 warning with a line number.</summary>
    private static void AssertEveryShortcodeFileWarned(List<string> markdown, string content, BuildResult result)
    {
        var warned = result.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.UnknownConstruct && d.Severity == Severity.Warning)
            .ToList();
        Assert.All(warned, d => Assert.True(d.Location is { Line: > 0 }, $"DG2010 without a line: {d}"));

        var warnedFiles = warned.Select(d => d.Location!.File).ToHashSet(StringComparer.Ordinal);
        var withShortcodes = markdown.Where(f => ShortcodeOutsideCode(File.ReadAllText(f))).ToList();
        var missing = withShortcodes.Select(f => "v1-dir/" + Path.GetRelativePath(content, f).Replace('\\', '/'))
            .Where(f => !warnedFiles.Any(w => w.EndsWith(f["v1-dir/".Length..], StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} files with shortcodes have no DG2010 warning, e.g. {string.Join(", ", missing.Take(5))}");
    }

    /// <summary>Theme text never leaks: with each page's own body removed, no "{{" is left in its HTML.</summary>
    private static void AssertNoTemplateTextLeaked(string outputDir, List<Page> pages)
    {
        var leaks = new List<string>();
        foreach (var page in pages)
        {
            // The page's own text (body, title, headings) may quote "{{" legitimately.
            var html = File.ReadAllText(Path.Combine(outputDir, page.Url, "index.html"));
            var ownText = page.Toc.Select(t => System.Net.WebUtility.HtmlEncode(t.Text)).Append(System.Net.WebUtility.HtmlEncode(page.Title))
                .Append(Scriban.Functions.HtmlFunctions.Escape(page.Description ?? "") ?? "").Prepend(page.ContentHtml);
            foreach (var text in ownText.Where(t => t.Length > 0))
            {
                html = html.Replace(text, "", StringComparison.Ordinal);
            }

            if (html.Contains("{{", StringComparison.Ordinal))
            {
                leaks.Add(page.Url);
            }
        }

        Assert.True(leaks.Count == 0, $"Template text in {leaks.Count} pages, e.g. {string.Join(", ", leaks.Take(5))}");
    }

    private static bool IsDraft(string file)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end > 0 && DraftLine().IsMatch(text[..end]);
    }

    private static bool ShortcodeOutsideCode(string text)
    {
        var inFence = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && (line.Contains("{{<", StringComparison.Ordinal) || line.Contains("{{%", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?m)^draft:\s*true\s*$")]
    private static partial Regex DraftLine();
}
