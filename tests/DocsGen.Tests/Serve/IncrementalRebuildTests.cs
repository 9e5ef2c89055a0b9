using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DocsGen.Build;
using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` after a save that changes only what a guide says: the watcher sees the file, the server
/// re-parses that one source and re-renders that one page (plus the search index and Markdown twins, which carry
/// page text), its log line says so, and the folder it serves is byte for byte what a cold build of the edited
/// site makes. A title edit re-renders the pages whose navigation shows it (its version's); an edit that moves the
/// page builds the whole site. Each test serves its own copy over HTTP.
/// </summary>
public sealed partial class IncrementalRebuildTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_body_edit_re_renders_exactly_its_page_and_leaves_what_a_cold_build_makes()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/guides/code-samples.md", "the part that rots first", "the part that goes stale first");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        AssertNotAWholeBuild(rebuilt, server);
        Assert.Equal(["v2/guides/code-samples/"], rebuilt.PagesRendered);
        Assert.StartsWith("versions/v2/guides/code-samples.md changed: rebuilt 1 page (versions/v2/guides/code-samples.md: body), search index (", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("the part that goes stale first", await _http.GetStringAsync(server.Url + "v2/guides/code-samples/"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task An_aliases_edit_builds_the_whole_site_so_the_old_urls_redirect_to_the_page()
    {
        using var site = TestSite.Copy("minimal");
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v1/guide.md", "title: Guide\n", "title: Guide\naliases: [/old/guide/]\n");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        // The redirect stubs are planned over every page's aliases: a body-only rebuild would leave the new one unwritten.
        Assert.Null(rebuilt.PagesRendered);
        Assert.Contains("pages; versions/v1/guide.md: its aliases changed)", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("v1/guide/", File.ReadAllText(Path.Combine(server.OutputDir, "old", "guide", "index.html")));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_title_edit_re_renders_the_pages_whose_navigation_shows_it_and_no_other_version()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        await using var server = await ServeAsync(site);
        var text = File.ReadAllText(site.PathOf("versions/v2/guides/code-samples.md"));
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("# ", StringComparison.Ordinal));

        var before = TestSite.Snapshot(server.OutputDir);

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/guides/code-samples.md", title, title + " and more");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        AssertNotAWholeBuild(rebuilt, server);
        // Exactly the pages whose HTML now differs: those whose sidebar, prev/next or "Used in" list shows the title; no v1 page shows a v2 title.
        Assert.Equal(PagesWhoseHtmlChanged(before, server.OutputDir), rebuilt.PagesRendered!.Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(rebuilt.PagesRendered!, url => url.StartsWith("v1/", StringComparison.Ordinal));
        Assert.True(rebuilt.PagesRendered!.Count < server.Site!.Versions["v2"].All.Count(), "the pages of closed sections that show no neighbour of the guide are kept");
        Assert.StartsWith($"versions/v2/guides/code-samples.md changed: rebuilt {rebuilt.PagesRendered.Count} pages (versions/v2/guides/code-samples.md: title; {rebuilt.PagesRendered.Count - 1} other pages show the title in a sidebar, prev/next or 'Used in' list)", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains(title["title:".Length..].Trim().Trim('"') + " and more", await _http.GetStringAsync(server.Url + "v2/guides/code-samples/"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_title_edit_on_a_two_version_site_matches_a_cold_build()
    {
        using var site = TestSite.Copy("two-versions");
        var guide = Directory.EnumerateFiles(site.Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'))
            .Where(f => f.StartsWith("versions/", StringComparison.Ordinal) && File.ReadAllText(site.PathOf(f)).Contains("\ntitle:", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .First();
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, guide, "\ntitle: ", "\ntitle: Renamed ");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        AssertNotAWholeBuild(rebuilt, server);
        Assert.Contains(": title;", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_description_edit_rebuilds_the_whole_site()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        await using var server = await ServeAsync(site);

        // The description is shown outside the page (search excerpts, llms.txt, the section's list): not a body edit.
        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/guides/code-samples.md", "\ndescription: Show code", "\ndescription: Show all code");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Null(rebuilt.PagesRendered);
        Assert.Contains("rebuilt the whole site (", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("pages; versions/v2/guides/code-samples.md: its description changed)", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Theory]
    [InlineData("two-versions")]
    [InlineData("sections-subpath")]
    [InlineData("markdown-features")]
    [InlineData("default-theme")]
    public async Task On_each_golden_site_a_body_edit_re_renders_one_page_and_matches_a_cold_build(string name)
    {
        using var site = TestSite.Copy(name);
        // A paragraph added at the end changes no title, description, anchor or link: only that page's body.
        var guide = Directory.EnumerateFiles(site.Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'))
            .Where(f => f.StartsWith("versions/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .First();
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, guide, null, "\nA paragraph added while serving.\n");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        AssertNotAWholeBuild(rebuilt, server);
        var page = Assert.Single(rebuilt.PagesRendered!);
        Assert.Contains("A paragraph added while serving.", await _http.GetStringAsync(server.Url + page));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task On_a_generated_site_a_body_edit_rewrites_one_page_and_one_twin_and_matches_a_cold_build()
    {
        using var site = TestSite.Empty();
        Generate(300, site.PathOf("versions/v1"));
        site.Write("docsgen.yml", "title: Generated\nbaseUrl: https://docs.example.com/\nversions:\n  - id: v1\n");
        var guide = Directory.EnumerateFiles(site.PathOf("versions/v1"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).Skip(150).First();
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, guide, null, "\nA paragraph about quotas, added while serving.\n");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        AssertNotAWholeBuild(rebuilt, server);
        Assert.Single(rebuilt.PagesRendered!);
        Assert.Matches($"^{guide} changed: rebuilt 1 page \\({guide}: body\\), search index \\([0-9]+ files? changed\\), 1 twin in [0-9]+ ms$", server.LastRebuild);
        Assert.Contains("A paragraph about quotas, added while serving.", await _http.GetStringAsync(server.Url + rebuilt.PagesRendered![0] + "index.md"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_body_edit_that_removes_the_only_word_of_a_letter_deletes_that_search_shard_as_a_cold_build_would()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: Zoo\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", "---\ntitle: Animals\ndescription: About animals.\n---\n\nSome text about zebras.\n");
        site.Write("versions/v1/burrows.md", "---\ntitle: Burrows\ndescription: Where animals live.\n---\n\nAn animal lives here.\n\nA quokka lives here too.\n");
        await using var server = await ServeAsync(site);
        Assert.True(File.Exists(Path.Combine(server.OutputDir, "search/v1/t/q.json")), "the index has a shard for 'quokka'");

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v1/burrows.md", "A quokka", "A wombat");

        AssertNotAWholeBuild(rebuilt, server);
        Assert.Equal(["v1/burrows/"], rebuilt.PagesRendered);
        Assert.False(File.Exists(Path.Combine(server.OutputDir, "search/v1/t/q.json")), "no word starts with q any more");
        Assert.True(File.Exists(Path.Combine(server.OutputDir, "search/v1/t/w.json")));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_save_whose_write_comes_long_after_its_truncation_is_read_once_written_as_a_body_edit()
    {
        using var site = TestSite.Copy("minimal");
        await using var server = await ServeAsync(site);
        var builds = new BlockingCollection<BuildResult>();
        server.Built += builds.Add;
        var path = site.PathOf("versions/v1/guide.md");
        var text = File.ReadAllText(path) + "\nA paragraph written late.\n";

        // As an editor (or File.WriteAllTextAsync on a busy thread pool) may save: the file is truncated, and its
        // bytes come well after the watcher's wait for quiet.
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            await stream.FlushAsync();
            await Task.Delay(DevServer.BurstWait * 5);
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text));
        }

        Assert.True(builds.TryTake(out var rebuilt, Patience), "no rebuild after the save");
        // Not a whole build of an empty page (its title gone) followed by another: one body edit.
        AssertNotAWholeBuild(rebuilt, server);
        Assert.Equal(["v1/guide/"], rebuilt.PagesRendered);
        Assert.Contains("A paragraph written late.", await _http.GetStringAsync(server.Url + "v1/guide/"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    private static void AssertNotAWholeBuild(BuildResult rebuilt, DevServer server) =>
        Assert.True(rebuilt.PagesRendered is not null, "the server built the whole site: " + server.LastRebuild);

    private static void Generate(int pages, string folder)
    {
        var script = Path.Combine(RepoPaths.Corpus("tools"), "gen_pages.py");
        using var process = Process.Start(new ProcessStartInfo("python3", [script, pages.ToString(CultureInfo.InvariantCulture), folder]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gen_pages.py failed: " + errors);
    }

    private static async Task<DevServer> ServeAsync(TestSite site)
    {
        var server = new DevServer(new DevServerOptions { Root = site.Root, Port = 0 });
        await server.StartAsync();
        Assert.True(server.LastBuild!.Succeeded, string.Join('\n', server.LastBuild.Diagnostics));
        return server;
    }

    /// <summary>Saves the edit (a replacement, or an append when <paramref name="from"/> is null) and waits for the rebuild the watcher starts.</summary>
    private static async Task<BuildResult> SaveAndWaitAsync(DevServer server, TestSite site, string file, string? from, string to)
    {
        var builds = new BlockingCollection<BuildResult>();
        server.Built += builds.Add;
        var text = File.ReadAllText(site.PathOf(file));
        if (from is not null)
        {
            Assert.Contains(from, text);
        }

        await File.WriteAllTextAsync(site.PathOf(file), from is null ? text + to : text.Replace(from, to, StringComparison.Ordinal));
        BuildResult? rebuilt = null;
        var deadline = DateTime.UtcNow + Patience;
        // The first rebuild after the save is the one the watcher started for it; a later one (no change) does not count.
        while (rebuilt is null && DateTime.UtcNow < deadline)
        {
            if (builds.TryTake(out var build, TimeSpan.FromSeconds(1)) && server.LastChanges.Contains(file))
            {
                rebuilt = build;
            }
        }

        Assert.NotNull(rebuilt);
        return rebuilt;
    }

    /// <summary>A cold build with the dev server's options, compared with the served folder file by file.</summary>
    private static async Task AssertSameFilesAsAColdBuildAsync(TestSite site, string served)
    {
        var cold = await site.BuildAsync(configure: o => o with { RootBasePath = true, IncludeDrafts = true, Preview = true });
        Assert.True(cold.Succeeded, string.Join('\n', cold.Diagnostics));
        var expected = FilesIn(site.Output);
        Assert.Equal(expected, FilesIn(served));
        var different = expected.Where(f => !File.ReadAllBytes(Path.Combine(served, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, f)))).ToList();
        Assert.Empty(different);
    }

    private static List<string> FilesIn(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
