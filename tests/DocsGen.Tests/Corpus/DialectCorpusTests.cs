using System.Text.RegularExpressions;
using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Corpus;

/// <summary>
/// Real MkDocs Material and Docusaurus pages, built as they are with their dialect set: every admonition
/// and tab in the sources (counted here, line by line outside code fences) is rendered, and none of their
/// markers is left as text in the pages outside code.
/// </summary>
public sealed partial class DialectCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MkDocs_material_renders_every_admonition_and_tab_and_leaves_no_marker_as_text()
    {
        var content = Path.Combine(RepoPaths.Corpus("markdown/mkdocs-material"), "docs");
        var (result, htmlFiles) = await BuildAsync(content, "mkdocs");

        var sources = Sources(content);
        var admonitions = sources.Sum(s => CountOutsideFences(s, MkDocsAdmonitionLine()));
        var tabs = sources.Sum(s => CountOutsideFences(s, MkDocsTabLine()));
        var html = htmlFiles.Select(p => p.Html).ToList();
        var renderedAdmonitions = html.Sum(h => Count(h, "class=\"admonition admonition-"));
        var renderedTabs = html.Sum(h => Count(h, "class=\"tab-panel\""));
        output.WriteLine($"{sources.Count} pages: {admonitions} admonitions, {tabs} tabs in the sources; {renderedAdmonitions} and {renderedTabs} rendered");

        Assert.True(admonitions > 100 && tabs > 100, $"{admonitions} admonitions, {tabs} tabs: the corpus is not the one expected");
        Assert.Equal(admonitions, renderedAdmonitions);
        Assert.Equal(tabs, renderedTabs);
        var raw = htmlFiles.Where(p => RawMkDocsMarker().IsMatch(WithoutCode(p.Html))).Select(p => p.Path).ToList();
        Assert.True(raw.Count == 0, $"Raw MkDocs markers in {string.Join(", ", raw.Take(5))}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.MarkdownDialectSyntax);
    }

    /// <summary>
    /// mkdocs.yml appends includes/mkdocs.md (13 link definitions) to every page with pymdownx.snippets' auto_append:
    /// with the same setting in docsgen.yml every <c>[text][mkdocs.x]</c> reference in the pages becomes a link, and the
    /// one escaped marker (<c>;--8&lt;--</c>, inside code) is printed as pymdownx prints it.
    /// </summary>
    [Fact]
    public async Task MkDocs_material_snippets_auto_append_resolves_every_reference_to_the_included_links()
    {
        var project = RepoPaths.Corpus("markdown/mkdocs-material");
        var content = Path.Combine(project, "docs");
        var (result, htmlFiles) = await BuildAsync(content, "mkdocs", $"""
              snippets:
                basePath: ["{project}"]
                autoAppend: ["{Path.Combine(project, "includes", "mkdocs.md")}"]
            """, readRoot: project);

        var definitions = LinkDefinition().Matches(File.ReadAllText(Path.Combine(project, "includes", "mkdocs.md")))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["url"].Value, StringComparer.Ordinal);
        var sources = Sources(content);
        var references = sources.Sum(s => CountOutsideFences(s, MkDocsReference()));
        var snippetLines = sources.Sum(s => CountOutsideFences(s, SnippetLine()));
        var escaped = sources.Sum(s => s.Split('\n').Count(l => EscapedSnippetLine().IsMatch(l)));
        var html = htmlFiles.Select(p => p.Html).ToList();
        var linked = html.Sum(h => definitions.Values.Sum(url => Count(h, $"href=\"{url}\"")));
        output.WriteLine($"{definitions.Count} definitions appended; {references} references and {snippetLines} snippet lines outside code, {escaped} escaped markers; {linked} links rendered");

        Assert.True(definitions.Count >= 10 && references >= 40, $"{definitions.Count} definitions, {references} references: the corpus is not the one expected");
        Assert.True(linked >= references, $"{linked} links to the appended definitions for {references} references");
        var raw = htmlFiles.Where(p => WithoutCode(p.Html).Contains("[mkdocs.", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        Assert.True(raw.Count == 0, $"Unresolved [mkdocs.*] references in {string.Join(", ", raw.Take(5))}");
        Assert.Equal(escaped, html.Sum(h => Count(h, "\n--8&lt;-- \"")));
        Assert.DoesNotContain(html, h => h.Contains(";--8&lt;--", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.SnippetMissing or DiagnosticCodes.SnippetNotIncluded or DiagnosticCodes.ReadOutsideRoots);
    }

    [Fact]
    public async Task Jest_docusaurus_renders_every_admonition_and_reports_each_mdx_import()
    {
        var content = Path.Combine(RepoPaths.Corpus("markdown/jest-docusaurus"), "docs");
        var (result, htmlFiles) = await BuildAsync(content, "docusaurus");

        var sources = Sources(content);
        var admonitions = sources.Sum(s => CountOutsideFences(s, DocusaurusAdmonitionLine()));
        var rendered = htmlFiles.Select(p => p.Html).Sum(h => Count(h, "class=\"admonition admonition-"));
        var imports = sources.Sum(s => CountOutsideFences(s, MdxImportLine()));
        var reported = result.Diagnostics.Count(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported && d.Message.StartsWith("MDX import", StringComparison.Ordinal));
        output.WriteLine($"{sources.Count} pages: {admonitions} admonitions, {imports} MDX imports; {rendered} rendered, {reported} reported");

        Assert.True(admonitions > 100, $"{admonitions} admonitions: the corpus is not the one expected");
        Assert.Equal(admonitions, rendered);
        Assert.Equal(imports, reported);
        var raw = htmlFiles.Where(p => RawDocusaurusMarker().IsMatch(WithoutCode(p.Html))).Select(p => p.Path).ToList();
        Assert.True(raw.Count == 0, $"Raw ::: markers in {string.Join(", ", raw.Take(5))}");
    }

    private async Task<(BuildResult Result, List<(string Path, string Html)> Pages)> BuildAsync(string content, string dialect, string markdown = "", string? readRoot = null)
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", $"""
            title: Corpus
            baseUrl: https://example.com/
            readRoots: ["{readRoot ?? content}"]
            versions:
              - id: v1
                dir: "{content}"
            markdown:
              dialect: {dialect}
            {markdown}
            checks:
              brokenLinks: warning
              brokenAnchors: warning
            """);
        var result = await site.BuildAsync();
        foreach (var group in result.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code}: {group.Count()}");
        }

        Assert.True(result.Succeeded, "Errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        // Only the pages made from the Markdown: their HTML is where a marker would be left.
        var pages = result.Site!.Versions["v1"].All.Select(p => Path.Combine(site.Output, p.Url, "index.html")).Where(File.Exists)
            .Select(f => (Path.GetRelativePath(site.Output, f), File.ReadAllText(f))).ToList();
        Assert.NotEmpty(pages);
        return (result, pages);
    }

    private static List<string> Sources(string content) => Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
        .Select(File.ReadAllText)
        .Where(t => !DraftLine().IsMatch(t.Length > 2000 ? t[..2000] : t))
        .ToList();

    /// <summary>
    /// Lines matching <paramref name="marker"/> outside ``` and ~~~ fences, at any indent. As in CommonMark, a
    /// fence closes on a line of its own marker indented at most three more columns than the opening, and ends
    /// with the block it is in (a line indented less than the opening).
    /// </summary>
    private static int CountOutsideFences(string text, Regex marker)
    {
        var count = 0;
        string? fence = null;
        var fenceIndent = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            if (fence is not null && trimmed.Length > 0 && indent < fenceIndent)
            {
                fence = null;
            }

            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..(trimmed.Length - trimmed.TrimStart(trimmed[0]).Length)];
                fenceIndent = indent;
            }
            else if (fence is not null && indent - fenceIndent <= 3 && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
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

    private static int Count(string html, string what) => (html.Length - html.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    private static string WithoutCode(string html) => CodeElement().Replace(html, "");

    [GeneratedRegex(@"(?s)<pre\b.*?</pre>|<code\b.*?</code>|<script\b.*?</script>")]
    private static partial Regex CodeElement();

    // An admonition or tab may also open a definition (":   !!! note"), as the MkDocs reference pages write them.
    [GeneratedRegex(@"^\s*(?::\s+)?(?:!!!|\?\?\?\+?)\s+[\w-]+")]
    private static partial Regex MkDocsAdmonitionLine();

    [GeneratedRegex(@"^\s*(?::\s+)?===[!+]{0,2}\s+[""']")]
    private static partial Regex MkDocsTabLine();

    [GeneratedRegex(@"(?m)(?:^|>)\s*(?:!!!|\?\?\?\+?)\s+\w|===\s+(?:&quot;|"")|--8&lt;--|--8<--")]
    private static partial Regex RawMkDocsMarker();

    [GeneratedRegex(@"^\s*\[(?<key>[^\]]+)\]:\s*(?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"\]\[mkdocs\.[\w.-]+\]")]
    private static partial Regex MkDocsReference();

    [GeneratedRegex(@"^\s*-+8<-+(?:\s+[""']|\s*$)")]
    private static partial Regex SnippetLine();

    [GeneratedRegex(@"^\s*;-+8<-+")]
    private static partial Regex EscapedSnippetLine();

    [GeneratedRegex(@"^\s*:::(?:note|tip|info|caution|warning|danger|important)\b")]
    private static partial Regex DocusaurusAdmonitionLine();

    [GeneratedRegex(@"^import\s+.+\s+from\s+['""][^'""]+['""];?\s*$")]
    private static partial Regex MdxImportLine();

    [GeneratedRegex(@"(?m)(?:^|>)\s*:::")]
    private static partial Regex RawDocusaurusMarker();

    [GeneratedRegex(@"(?m)^draft:\s*true\s*$")]
    private static partial Regex DraftLine();
}
