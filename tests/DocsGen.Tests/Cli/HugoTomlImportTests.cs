using DocsGen.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import hugo</c> on a Hugo project whose front matter is TOML (Fixtures/Import/hugo-toml): what Hugo does not
/// publish is judged from TOML as from YAML (a <c>[cascade.build]</c> or <c>[[cascade]]</c> render = "never", a
/// <c>headless = true</c> bundle), the pages are copied byte for byte, and the imported site builds with their titles,
/// drafts and aliases.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HugoTomlImportTests
{
    [Fact]
    public async Task A_toml_hugo_project_imports_what_hugo_publishes_and_builds()
    {
        var project = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", "hugo-toml");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "hugo", project, "-o", site.Root);
        var result = await site.BuildAsync();

        run.AssertExitCode(CommandLine.Ok);
        Assert.Equal(["_common/_index.md", "_common/note.md", "glossary/widget.md", "snippets/index.md", "snippets/part.md"],
            Directory.EnumerateFiles(site.PathOf("includes"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.PathOf("includes"), f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(project, "content/docs/guide.md")), File.ReadAllBytes(site.PathOf("docs/docs/guide.md")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["/ Gadgets", "docs Docs", "docs/guide Guide", "glossary Glossary"],
            result.Site!.Versions["docs"].All.Select(p => $"{(p.Route.Length == 0 ? "/" : p.Route)} {p.Title}").Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "old-guide", "index.html")), "the TOML alias /old-guide/ has no redirect");
    }
}
