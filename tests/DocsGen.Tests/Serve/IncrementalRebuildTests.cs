using System.Collections.Concurrent;
using DocsGen.Build;
using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` after a save that changes only what a guide says: the watcher sees the file, the server
/// re-parses that one source and re-renders that one page (plus the search index and Markdown twins, which carry
/// page text), its log line says so, and the folder it serves is byte for byte what a cold build of the edited
/// site makes. An edit others can see (a title) builds the whole site. Each test serves its own copy over HTTP.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
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
        Assert.Equal(["v2/guides/code-samples/"], rebuilt.PagesRendered);
        Assert.StartsWith("versions/v2/guides/code-samples.md changed: rebuilt 1 page (versions/v2/guides/code-samples.md: body), search index (", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("the part that goes stale first", await _http.GetStringAsync(server.Url + "v2/guides/code-samples/"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_title_edit_rebuilds_the_site_because_navigation_shows_it()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        await using var server = await ServeAsync(site);
        var text = File.ReadAllText(site.PathOf("versions/v2/guides/code-samples.md"));
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("# ", StringComparison.Ordinal));

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/guides/code-samples.md", title, title + " and more");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Null(rebuilt.PagesRendered);
        Assert.Contains("rebuilt the whole site", server.LastRebuild, StringComparison.Ordinal);
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
        var page = Assert.Single(rebuilt.PagesRendered!);
        Assert.Contains("A paragraph added while serving.", await _http.GetStringAsync(server.Url + page));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
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
