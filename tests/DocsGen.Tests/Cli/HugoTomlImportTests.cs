using DocsGen.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import hugo</c> on a Hugo project whose front matter is TOML (Fixtures/Import/hugo-toml): what Hugo does not
/// publish is judged from TOML as from YAML (a <c>[cascade.build]</c> or <c>[[cascade]]</c> render = "never", a
/// <c>headless = true</c> bundle), the pages are copied byte for byte, and the imported site builds with their titles,
/// drafts and aliases, and with hugo.toml's [params] in docsgen.yml for the pages' param shortcodes.
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

        Assert.Contains("params:\n  \"minVersion\": \"1.2\"\n  \"support.email\": \"help@gadgets.example\"\n", File.ReadAllText(site.PathOf("docsgen.yml")));
        Assert.Contains("It needs Gadgets 1.2 or later; write to help@gadgets.example for help.", File.ReadAllText(Path.Combine(site.Output, "docs", "docs", "guide", "index.html")));
    }

    [Fact]
    public async Task Params_come_from_hugo_s_split_config_folder_and_a_config_it_cannot_read_is_reported_not_fatal()
    {
        using var project = TestSite.Empty();
        project.Write("hugo.toml", "title = \"Split\"\ntitle = \"twice\"\n");
        project.Write("config/_default/params.yaml", "minVersion: \"2.0\"\nsocial:\n  github: gadgets\n");
        project.Write("content/_index.md", "---\ntitle: Home\n---\n\nNeeds {{< param \"minVersion\" >}}, see {{< param \"social.github\" >}}.\n");
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "hugo", project.Root, "-o", site.Root);
        var result = await site.BuildAsync();

        run.AssertExitCode(CommandLine.Ok);
        Assert.Contains("DG2038", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.Contains("hugo.toml", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DG2036");
        Assert.Contains("Needs 2.0, see gadgets.", File.ReadAllText(Path.Combine(site.Output, "docs", "index.html")));
    }
}
