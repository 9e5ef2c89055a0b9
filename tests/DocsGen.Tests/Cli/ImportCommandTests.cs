using DocsGen.Build;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import mkdocs|docusaurus DIR -o SITE</c> on real projects as they are (MkDocs Material, Jest's
/// four-version Docusaurus site) and on a small Docusaurus site written here: the result builds with 0 errors,
/// publishes one page per Markdown file of each version (counted from the project's folders, not by the builder),
/// and every Markdown file is byte-identical to the project's.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Mkdocs_material_imports_into_a_site_with_every_page_and_the_snippets_it_appends()
    {
        var project = RepoPaths.Corpus("markdown/mkdocs-material");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "mkdocs", project, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        var config = File.ReadAllText(site.PathOf("docsgen.yml"));
        Assert.Contains("title: \"Material for MkDocs\"", config);
        Assert.Contains("dialect: mkdocs", config);
        Assert.Contains("autoAppend: [\"includes/mkdocs.md\"]", config);
        Assert.Contains("nav:\n  - \"Home\": \"index.md\"\n  - \"Getting started\":\n      - \"Installation\": \"getting-started.md\"\n", config);
        Assert.True(File.Exists(site.PathOf("includes/mkdocs.md")));
        AssertCopiedUnchanged(Path.Combine(project, "docs"), site.PathOf("docs"));

        var result = await BuildAsync(site);
        Assert.Equal(Markdown(Path.Combine(project, "docs")).Count, result.Site!.Versions["docs"].All.Count());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.SnippetMissing or DiagnosticCodes.MarkdownDialectSyntax);
        var setup = File.ReadAllText(Path.Combine(site.Output, "docs", "setup", "setting-up-navigation", "index.html"));
        Assert.Contains("href=\"https://www.mkdocs.org/user-guide/configuration/#site_url\"", setup);
    }

    [Fact]
    public async Task Jest_docusaurus_imports_every_version_with_its_pages()
    {
        var project = RepoPaths.Corpus("markdown/jest-docusaurus");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "docusaurus", project, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        var config = File.ReadAllText(site.PathOf("docsgen.yml"));
        Assert.Contains("title: \"Jest\"", config);
        Assert.Contains("dialect: docusaurus", config);
        Assert.Contains("nav:\n  - \"Docs\":\n      - \"Introduction\":\n          - \"GettingStarted.md\"\n          - \"UsingMatchers.md\"\n", config);
        var sources = new Dictionary<string, string>
        {
            ["next"] = Path.Combine(project, "docs"),
            ["30.4"] = Path.Combine(project, "website", "versioned_docs", "version-30.4"),
            ["30.0"] = Path.Combine(project, "website", "versioned_docs", "version-30.0"),
            ["29.7"] = Path.Combine(project, "website", "versioned_docs", "version-29.7"),
        };
        foreach (var (id, folder) in sources)
        {
            AssertCopiedUnchanged(folder, site.PathOf($"versions/{id}"));
        }

        var result = await BuildAsync(site);
        Assert.Equal("30.4", result.Site!.Config.CurrentVersion.Id);
        foreach (var (id, folder) in sources)
        {
            Assert.True(Markdown(folder).Count == result.Site.Versions[id].All.Count(), $"version {id}: {Markdown(folder).Count} files, {result.Site.Versions[id].All.Count()} pages");
        }
    }

    [Fact]
    public async Task A_docusaurus_site_with_tabs_site_paths_static_files_and_an_mdx_page_imports_and_renders()
    {
        using var project = TestSite.Empty();
        project.Write("website/docusaurus.config.js", """
            module.exports = {
              title: 'Widgets',
              tagline: 'Widgets for everyone',
              url: 'https://widgets.example',
              presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.json') } }]],
            };
            """);
        project.Write("website/versions.json", """["1.0"]""");
        project.Write("website/sidebars.json", """{ "docs": { "Start": ["install", "usage"] } }""");
        project.Write("website/versioned_sidebars/version-1.0-sidebars.json", """{ "docs": [{ "type": "category", "label": "Start", "items": ["usage", { "type": "doc", "id": "install" }] }] }""");
        project.Write("website/static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        const string install = """
            ---
            id: install
            title: Install
            ---

            ![Logo](@site/static/img/logo.svg)

            <Tabs groupId="pm">
            <TabItem value="npm" label="npm">

            ```bash
            npm install widgets
            ```

            </TabItem>
            <TabItem value="yarn" label="Yarn">

            ```bash
            yarn add widgets
            ```

            </TabItem>
            </Tabs>

            See [usage](usage.md).
            """;
        project.Write("website/docs/Install.md", install);
        project.Write("website/docs/Usage.md", "---\nid: usage\n---\n\n# Usage\n\n:::tip\nCall `widget()`.\n:::\n");
        project.Write("website/docs/Playground.mdx", "import Live from '@site/src/Live';\n\n<Live />\n");
        project.Write("website/versioned_docs/version-1.0/Install.md", install);
        project.Write("website/versioned_docs/version-1.0/Usage.md", "---\nid: usage\n---\n\n# Usage\n");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "docusaurus", project.Root, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        run.AssertDiagnostics("website/docs/Playground.mdx: warning DG2033: MDX page not imported");
        var config = File.ReadAllText(site.PathOf("docsgen.yml"));
        Assert.Contains("nav:\n  - \"Start\":\n      - \"Usage.md\"\n      - \"Install.md\"\nmarkdown:", config);
        Assert.Contains("    nav:\n      - \"Start\":\n          - \"Install.md\"\n          - \"Usage.md\"\n", config);
        Assert.Contains("baseUrl: \"https://widgets.example/\"", config);
        Assert.Equal(install, File.ReadAllText(site.PathOf("versions/1.0/Install.md")));
        Assert.True(File.Exists(site.PathOf("assets/img/logo.svg")));

        var result = await BuildAsync(site);
        Assert.Equal(2, result.Site!.Versions["1.0"].All.Count());
        Assert.Equal(2, result.Site.Versions["next"].All.Count());
        var html = File.ReadAllText(Path.Combine(site.Output, "1.0", "install", "index.html"));
        Assert.Contains("<div class=\"tabs\" data-tab-group=\"pm\">", html);
        Assert.Contains("data-tab-label=\"Yarn\"", html);
        Assert.Contains("src=\"/assets/img/logo.svg\"", html);
        Assert.Contains("href=\"/1.0/usage/\"", html);
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "img", "logo.svg")));
    }

    [Fact]
    public async Task A_folder_without_the_projects_config_is_an_error_and_a_used_output_folder_is_refused()
    {
        using var empty = TestSite.Empty();
        using var site = TestSite.Empty();

        var missing = await Docsgen.RunAsync("import", "mkdocs", empty.Temp, "-o", site.Root);
        missing.AssertExitCode(CommandLine.ContentErrors);
        missing.AssertDiagnostics("mkdocs.yml: error DG2032: No mkdocs.yml");

        site.Write("keep.txt", "mine");
        var used = await Docsgen.RunAsync("import", "mkdocs", RepoPaths.Corpus("markdown/mkdocs-material"), "-o", site.Root);
        used.AssertExitCode(CommandLine.UsageErrors);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_import_does_not_step_into_a_linked_folder_that_leads_outside_the_project()
    {
        using var outside = TestSite.Empty();
        outside.Write("secret.md", "---\ntitle: Not the project's\n---\nKept out.\n");
        using var project = TestSite.Empty();
        project.Write("content/_index.md", "---\ntitle: Home\n---\nHome.\n");
        project.Write("content/shared/page.md", "---\ntitle: Shared\n---\nShared inside the project.\n");
        Directory.CreateSymbolicLink(project.PathOf("content/elsewhere"), outside.Root);
        // Inside the project a linked folder is followed, as the build follows one; a link back up is a loop, not followed.
        Directory.CreateSymbolicLink(project.PathOf("content/again"), project.PathOf("content/shared"));
        Directory.CreateSymbolicLink(project.PathOf("content/shared/up"), project.PathOf("content"));
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "hugo", project.Root, "-o", site.Root);

        run.AssertExitCode(CommandLine.Ok);
        run.AssertDiagnostics("content/elsewhere: warning DG2033: Linked folder 'content/elsewhere' not imported: it leads outside the project");
        Assert.False(Directory.Exists(site.PathOf("docs/elsewhere")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("Kept out.", StringComparison.Ordinal));
        Assert.True(File.Exists(site.PathOf("docs/again/page.md")));
        Assert.False(Directory.Exists(site.PathOf("docs/shared/up")));
        await BuildAsync(site);
    }

    private async Task<BuildResult> BuildAsync(TestSite site)
    {
        var result = await site.BuildAsync();
        output.WriteLine($"{result.Pages} pages, {result.Elapsed.TotalSeconds:0.0} s");
        foreach (var group in result.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code}: {group.Count()}");
        }

        Assert.True(result.Succeeded, "Errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        return result;
    }

    private static List<string> Markdown(string folder) => Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
        .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
        .Where(f => !IsDraft(File.ReadAllText(f)))
        .ToList();

    /// <summary>A page whose front matter says draft: true, which a build leaves out.</summary>
    private static bool IsDraft(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var end = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return end > 0 && normalized[..end].Split('\n').Any(l => l.Trim() == "draft: true");
    }

    private static void AssertCopiedUnchanged(string from, string to)
    {
        var files = Directory.EnumerateFiles(from, "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Assert.True(File.Exists(copy), $"{copy} was not written");
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), $"{copy} differs from {file}");
        }
    }
}
