using System.Collections.Concurrent;
using DocsGen.Build;
using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` after a save: the rebuilt folder holds exactly what a fresh build of the edited site
/// holds, byte for byte, while the files the edit did not change are not written again.
/// Each test serves its own copy of the bundled content/ over HTTP on 127.0.0.1.
/// </summary>
public sealed class DevServerRebuildTests : IDisposable
{
    private const string Guide = "versions/v2/guides/code-samples.md";
    private const string Spec = "versions/v2/api/acme-pay.yaml";

    // Far from any time a test runs at: a file still stamped with it was not written again.
    private static readonly DateTime Untouched = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TestSite _site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Saving_a_guide_rewrites_only_the_files_it_changes_and_leaves_the_site_a_fresh_build_would_make()
    {
        await using var server = new DevServer(new DevServerOptions { Root = _site.Root, Port = 0 });
        await server.StartAsync();
        var output = server.LastBuild!.OutputDir!;
        StampEveryFile(output);
        // The watcher may take the save before the rebuild below does (then that one finds nothing left to write): the
        // files changed are counted over every rebuild since the save.
        var rebuilds = new ConcurrentQueue<BuildResult>();
        server.Built += rebuilds.Enqueue;
        server.Superseded += rebuilds.Enqueue;

        Edit(Guide, "the part that rots first", "the part that goes stale first");
        var rebuilt = await server.RebuildAsync();

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Contains("the part that goes stale first", await _http.GetStringAsync(server.Url + "v2/guides/code-samples/"));
        var written = FilesWrittenAgain(output);
        Assert.Contains("v2/guides/code-samples/index.html", written);
        Assert.DoesNotContain("v2/api/operations/createrefund/index.html", written);
        Assert.DoesNotContain("v2/api/operations/listpayments/index.html", written);
        Assert.DoesNotContain("v1/guides/code-samples/index.html", written);
        Assert.Equal(written.Count, rebuilds.Sum(r => r.FilesChanged));
        await AssertSameFilesAsAFreshBuildAsync(output);
    }

    [Fact]
    public async Task A_guide_that_stops_binding_samples_to_an_operation_leaves_its_used_in_list()
    {
        await using var server = new DevServer(new DevServerOptions { Root = _site.Root, Port = 0 });
        await server.StartAsync();
        var usedIn = UsedIn(await _http.GetStringAsync(server.Url + "v2/api/operations/createrefund/"));
        Assert.Contains("Code samples", usedIn);

        Edit(Guide, "```bash {op=createRefund}", "```bash");
        Edit(Guide, "```json {op=createRefund response=201}", "```json");
        var rebuilt = await server.RebuildAsync();

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.DoesNotContain("Code samples", UsedIn(await _http.GetStringAsync(server.Url + "v2/api/operations/createrefund/")));
        await AssertSameFilesAsAFreshBuildAsync(server.LastBuild!.OutputDir!);
    }

    [Fact]
    public async Task Saving_the_spec_rebuilds_its_pages_from_the_new_text()
    {
        await using var server = new DevServer(new DevServerOptions { Root = _site.Root, Port = 0 });
        await server.StartAsync();
        Edit(Guide, "the part that rots first", "the part that goes stale first");
        await server.RebuildAsync();

        Edit(Spec, "summary: List payments", "summary: List every payment");
        // The watcher may still hand over the guide's save, late: that rebuild is the guide's alone, and the
        // spec's own event follows. What a reader sees: the new summary within a few rebuilds of the save.
        var rebuilt = await server.RebuildAsync();
        for (var attempt = 0; attempt < 10 && !(await _http.GetStringAsync(server.Url + "v2/api/operations/listpayments/")).Contains("List every payment", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200);
            rebuilt = await server.RebuildAsync();
        }

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Contains("List every payment", await _http.GetStringAsync(server.Url + "v2/api/operations/listpayments/"));
        await AssertSameFilesAsAFreshBuildAsync(server.LastBuild!.OutputDir!);
    }

    /// <summary>The titles an operation page lists as the guides it is used in.</summary>
    private static List<string> UsedIn(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("#used-in a").Select(a => a.TextContent.Trim()).ToList();
    }

    private void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(_site.PathOf(file));
        Assert.Contains(from, text);
        File.WriteAllText(_site.PathOf(file), text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>A fresh build with the dev server's options, swapped in whole, compared file by file.</summary>
    private async Task AssertSameFilesAsAFreshBuildAsync(string served)
    {
        var fresh = await _site.BuildAsync(configure: o => o with { RootBasePath = true, IncludeDrafts = true, Preview = true });
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        var expected = FilesIn(_site.Output);
        Assert.Equal(expected, FilesIn(served));
        var different = expected.Where(f => !File.ReadAllBytes(Path.Combine(served, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, f)))).ToList();
        Assert.Empty(different);
    }

    private static void StampEveryFile(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Untouched);
        }
    }

    private static List<string> FilesWrittenAgain(string folder) => FilesIn(folder)
        .Where(f => File.GetLastWriteTimeUtc(Path.Combine(folder, f)) != Untouched).ToList();

    private static List<string> FilesIn(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
