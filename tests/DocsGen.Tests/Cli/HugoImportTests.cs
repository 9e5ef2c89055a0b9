using System.Text.RegularExpressions;
using DocsGen.Build;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import hugo</c> on the Hugo documentation (content/en, 992 Markdown files) and the hugo dialect: every
/// page Hugo publishes is imported byte for byte and built, with 0 errors; what Hugo does not publish (the headless
/// _common/ bundle, the glossary terms its cascade keeps from rendering) goes to includes/, unpublished; Hugo's built-in
/// highlight, figure, details and param render, and every other shortcode use (counted here over the files) is a
/// warning at its own line and column; every GitHub alert outside code is rendered; every front matter alias is a
/// redirect to its page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class HugoImportTests(HugoImportTests.ImportedHugoDocs hugo, ITestOutputHelper output) : IClassFixture<HugoImportTests.ImportedHugoDocs>
{
    [Fact]
    public void Hugo_docs_import_every_page_hugo_publishes_byte_for_byte_and_the_rest_as_includes()
    {
        Assert.Contains("dialect: hugo", File.ReadAllText(Path.Combine(hugo.Root, "docsgen.yml")));
        var includeOnly = hugo.Files.Where(f => IsIncludeOnly(hugo.Content, f)).ToList();
        output.WriteLine($"{hugo.Files.Count} Markdown files, {includeOnly.Count} include-only");
        Assert.True(hugo.Files.Count == 992, $"{hugo.Files.Count} Markdown files: the corpus is not the one expected");
        Assert.True(includeOnly.Count > 150, $"{includeOnly.Count} include-only files: the corpus is not the one expected");
        Assert.All(hugo.Files, f =>
        {
            var copy = Path.Combine(hugo.Root, includeOnly.Contains(f) ? "includes" : "docs", f);
            Assert.True(File.Exists(copy), $"{f} was not imported to {copy}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(hugo.Content, f)), File.ReadAllBytes(copy));
        });
        Assert.All(includeOnly, f => Assert.False(File.Exists(Path.Combine(hugo.Root, "docs", f)), $"{f} is published"));

        Assert.True(hugo.Result.Succeeded, string.Join("\n", hugo.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        var published = hugo.Files.Except(includeOnly).ToList();
        var drafts = published.Count(f => IsDraft(File.ReadAllText(Path.Combine(hugo.Content, f))));
        Assert.Equal(published.Count - drafts, hugo.Result.Site!.Versions["docs"].All.Count());
    }

    [Fact]
    public void Hugo_docs_render_the_built_in_shortcodes_report_every_other_at_its_line_and_render_every_alert()
    {
        foreach (var group in hugo.Result.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code}: {group.Count()}");
        }

        var published = hugo.Files.Where(f => !IsIncludeOnly(hugo.Content, f)).Select(f => File.ReadAllText(Path.Combine(hugo.Content, f))).ToList();
        var uses = published.SelectMany(text => ShortcodeUse().Matches(text)).Select(m => m.Groups["name"].Value).ToList();
        var builtIns = uses.Count(n => n is "highlight" or "figure" or "details" or "param");
        var reported = hugo.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MarkdownDialectUnsupported && d.Message.StartsWith("Hugo shortcode", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{published.Count} published pages, {uses.Count} shortcode uses, {builtIns} of Hugo's rendered built-ins, {reported.Count} reported");
        Assert.True(uses.Count > 500, $"{uses.Count} shortcode uses: the corpus is not the one expected");
        Assert.Equal(uses.Count - builtIns, reported.Count);
        // Both param uses name a parameter of their page's front matter.
        Assert.DoesNotContain(hugo.Result.Diagnostics, d => d.Code == DiagnosticCodes.HugoParamMissing);
        Assert.Contains("v0.158.0 or later", Html(hugo, "docs/getting-started/quick-start/index.html"), StringComparison.Ordinal);
        Assert.Matches("<details><summary>See the details</summary>", Html(hugo, "docs/shortcodes/details/index.html"));
        Assert.Matches("<figure>", Html(hugo, "docs/shortcodes/figure/index.html"));
        Assert.Matches("<pre[^>]*><code[^>]*language-go", Html(hugo, "docs/shortcodes/highlight/index.html"));
        Assert.All(reported, d =>
        {
            var line = File.ReadAllLines(Path.Combine(hugo.Root, d.Location!.File))[d.Location.Line - 1];
            Assert.True(line[(d.Location.Column - 1)..].StartsWith("{{", StringComparison.Ordinal), $"{d.Location}: '{line}'");
        });

        var alerts = published.Sum(text => CountOutsideFences(text, AlertLine()));
        var rendered = hugo.Result.Site!.Versions["docs"].All.Sum(p => Regex.Count(File.ReadAllText(Path.Combine(hugo.Output, p.Url, "index.html")), "class=\"admonition admonition-"));
        output.WriteLine($"{alerts} GitHub alerts outside code, {rendered} rendered");
        Assert.True(alerts > 100, $"{alerts} alerts");
        Assert.Equal(alerts, rendered);
    }

    [Fact]
    public void Hugo_docs_aliases_become_redirects_to_their_pages()
    {
        var site = hugo.Result.Site!;
        var pages = site.Versions["docs"].All.Where(p => p.Source is not null).ToDictionary(p => p.Source!.File, StringComparer.Ordinal);
        var aliases = hugo.Files.Where(f => pages.ContainsKey("docs/" + f))
            .SelectMany(f => FrontMatterAliases(File.ReadAllText(Path.Combine(hugo.Content, f))).Select(alias => (File: "docs/" + f, Alias: alias)))
            .ToList();
        // An old URL two pages claim goes to one of them; the other is told (DG2035) at its alias.
        var warned = hugo.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AliasNotWritten).ToList();
        var redirected = 0;
        foreach (var (file, alias) in aliases)
        {
            var stub = Path.Combine(hugo.Output, alias.Trim('/'), "index.html");
            if (File.Exists(stub) && RedirectTarget().Match(File.ReadAllText(stub)).Groups[1].Value == site.UrlOf(pages[file]))
            {
                redirected++;
            }
            else
            {
                Assert.Contains(warned, d => d.Location!.File == file && d.Message.Contains($"'{alias}'", StringComparison.Ordinal));
            }
        }

        // An old URL that is now a page's own address (/docs/, the version's home) stays that page.
        var shared = aliases.GroupBy(a => a.Alias.Trim('/')).Sum(g => g.Count() - 1);
        var pageAddresses = aliases.Count(a => pages.Values.Any(p => p.Url == a.Alias.Trim('/') + "/"));
        output.WriteLine($"{aliases.Count} aliases on published pages, {redirected} redirect to their page, {warned.Count} DG2035 ({shared} claimed twice, {pageAddresses} a page's address)");
        Assert.True(aliases.Count > 250, $"{aliases.Count} aliases: the corpus is not the one expected");
        Assert.Equal(aliases.Count, redirected + warned.Count);
        Assert.Equal(shared + pageAddresses, warned.Count);
    }

    [Fact]
    public async Task A_hugo_site_keeps_headless_text_out_of_its_pages_and_its_aliases_redirect()
    {
        using var project = TestSite.Empty();
        project.Write("content/_index.md", "---\ntitle: Home\n---\nHome.\n");
        project.Write("content/guide/intro.md", "---\ntitle: Intro\naliases:\n  - /old/intro/\n  - intro-old\n  - https://elsewhere.example/intro/\n  - /docs/other/\n---\nThe intro.\n");
        project.Write("content/guide/_footer.md", "---\n---\nA partial.\n");
        project.Write("content/other.md", "---\ntitle: Other\naliases: [/old/intro, /guide/]\n---\nAnother page.\n");
        project.Write("content/_common/_index.md", "---\ncascade:\n  build:\n    render: never\n---\n");
        project.Write("content/_common/note.md", "---\n---\nIncluded text.\n");
        project.Write("content/glossary/_index.md", "---\ntitle: Glossary\nbuild:\n  render: always\ncascade:\n  build:\n    render: never\n---\nTerms.\n");
        project.Write("content/glossary/term.md", "---\ntitle: Term\n---\nA term.\n");
        project.Write("content/bundle/index.md", "---\nheadless: true\n---\n");
        project.Write("content/bundle/part.md", "---\n---\nA part.\n");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "hugo", project.Root, "-o", site.Root);
        var result = await site.BuildAsync();

        run.AssertExitCode(CommandLine.Ok);
        Assert.Equal(["_common/_index.md", "_common/note.md", "bundle/index.md", "bundle/part.md", "glossary/term.md", "guide/_footer.md"],
            Directory.EnumerateFiles(site.PathOf("includes"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.PathOf("includes"), f)).Order(StringComparer.Ordinal));
        Assert.Equal(["", "glossary", "guide/intro", "other"], result.Site!.Versions["docs"].All.Select(p => p.Route).Order(StringComparer.Ordinal));
        Assert.Equal("/docs/guide/intro/", Redirect(site, "old/intro/index.html"));
        Assert.Equal("/docs/guide/intro/", Redirect(site, "docs/guide/intro-old/index.html"));
        Assert.Equal("/docs/other/", Redirect(site, "guide/index.html"));
        Assert.Equal(
            [
                "docs/guide/intro.md:6:5: Alias 'https://elsewhere.example/intro/' is not a path on this site",
                "docs/guide/intro.md:7:5: Alias '/docs/other/' is the address of a file the site publishes (docs/other/index.html)",
                "docs/other.md:3:11: Alias '/old/intro' already redirects to docs/guide/intro.md",
            ],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AliasNotWritten).Select(d => $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column}: {d.Message.Split(';')[0]}").Order(StringComparer.Ordinal));
    }

    private static string Html(ImportedHugoDocs hugo, string page) => File.ReadAllText(Path.Combine(hugo.Output, page));

    private static string Redirect(TestSite site, string stub) =>
        RedirectTarget().Match(File.ReadAllText(Path.Combine(site.Output, stub))).Groups[1].Value;

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

    /// <summary>The aliases of a page's front matter, read here with YamlDotNet apart from DocsGen's parser.</summary>
    private static List<string> FrontMatterAliases(string text)
    {
        var front = FrontMatterText(text);
        if (front is null || new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(front) is not { } map
            || !map.TryGetValue("aliases", out var aliases))
        {
            return [];
        }

        return aliases is List<object> list ? list.Select(a => a.ToString()!).ToList() : [aliases.ToString()!];
    }

    /// <summary>
    /// What Hugo keeps from publishing, judged from the text alone: files of a section whose _index.md cascades
    /// `render: never` (unless the file's own build says `render: always`), headless bundles and _name.md partials.
    /// </summary>
    private static bool IsIncludeOnly(string content, string relative)
    {
        var name = Path.GetFileName(relative);
        if (name.StartsWith('_') && name != "_index.md")
        {
            return true;
        }

        var own = FrontMatterText(File.ReadAllText(Path.Combine(content, relative))) ?? "";
        for (var folder = Path.GetDirectoryName(relative) ?? ""; ; folder = Path.GetDirectoryName(folder) ?? "")
        {
            foreach (var index in new[] { "_index.md", "index.md" })
            {
                var path = Path.Combine(content, folder, index);
                var front = File.Exists(path) ? FrontMatterText(File.ReadAllText(path)) ?? "" : "";
                if (index == "index.md" && front.Split('\n').Contains("headless: true"))
                {
                    return true;
                }

                if (index == "_index.md" && Block(front, "cascade").Any(l => l.Trim() == "render: never"))
                {
                    return !Block(own, "build").Any(l => l.Trim() == "render: always");
                }
            }

            if (folder.Length == 0)
            {
                return false;
            }
        }
    }

    private static IEnumerable<string> Block(string yaml, string key) =>
        yaml.Split('\n').SkipWhile(l => l != key + ":").Skip(1).TakeWhile(l => l.StartsWith(' '));

    private static string? FrontMatterText(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var end = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return end > 0 ? normalized[4..end] : null;
    }

    [GeneratedRegex("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"")]
    private static partial Regex RedirectTarget();

    // An opening shortcode tag: not a comment ({{</* */>}}) and not a closing tag ({{< /x >}}).
    [GeneratedRegex(@"\{\{[<%](?!\s*/)\s*(?<name>[^\s<>%}]*)")]
    private static partial Regex ShortcodeUse();

    [GeneratedRegex(@"^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", RegexOptions.IgnoreCase)]
    private static partial Regex AlertLine();

    /// <summary>The Hugo docs imported with `docsgen import hugo` and built once for the tests above.</summary>
    public sealed class ImportedHugoDocs : IDisposable
    {
        public ImportedHugoDocs()
        {
            Content = RepoPaths.Corpus("markdown/hugo-docs");
            var run = Docsgen.RunAsync("import", "hugo", Content, "-o", _site.Root).GetAwaiter().GetResult();
            run.AssertExitCode(CommandLine.Ok);
            Files = Directory.EnumerateFiles(Content, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Content, f)).Order(StringComparer.Ordinal).ToList();
            Result = _site.BuildAsync().GetAwaiter().GetResult();
        }

        public string Content { get; }

        private readonly TestSite _site = TestSite.Empty();

        /// <summary>The imported site's folder (holds docsgen.yml).</summary>
        public string Root => _site.Root;

        public string Output => _site.Output;

        /// <summary>Every Markdown file of the corpus folder, relative to it.</summary>
        public IReadOnlyList<string> Files { get; }

        public BuildResult Result { get; }

        public void Dispose() => _site.Dispose();
    }
}
