using System.Collections.Concurrent;
using System.Text;
using DocsGen.Build;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` after a spec save: the server models the spec again, compares its pages with the ones it kept,
/// and re-renders only the pages whose content changed (the operation, the tag page and the overview that show it),
/// plus the spec's downloads, search entries and twins; the folder it serves is byte for byte what a cold build of
/// the edited site makes. A summary edit re-renders the version (every sidebar shows it); a new operation, or a spec
/// a changelog compares, builds the whole site.
/// </summary>
public sealed partial class IncrementalRebuildTests
{
    /// <summary>The bundled site, reduced to its current version with the Acme Pay API (no changelog or coverage page compares the spec).</summary>
    private static TestSite AcmeSite()
    {
        var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        var config = File.ReadAllText(site.PathOf("docsgen.yml"));
        const string V1 = "  - id: v1\n    label: \"1.x\"\n    apis:\n      - id: payments\n        spec: versions/v1/api/acme-pay.yaml\n        prefix: api\n        title: Acme Pay API\n";
        Assert.Contains(V1, config);
        Assert.Contains("page: true", config);
        site.Write("docsgen.yml", config.Replace(V1, "", StringComparison.Ordinal).Replace("page: true", "page: false", StringComparison.Ordinal));
        Directory.Delete(site.PathOf("versions/v1"), recursive: true);
        return site;
    }

    [Fact]
    public async Task A_spec_description_edit_re_renders_only_the_pages_that_show_the_operation_and_matches_a_cold_build()
    {
        using var site = AcmeSite();
        await using var server = await ServeAsync(site);
        var expected = PagesShowing(server.Site!, "v2", "payments", "listPayments");

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/api/acme-pay.yaml", "Returns payments, newest first,", "Returns the payments, newest first,");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Equal(expected, rebuilt.PagesRendered!.Order(StringComparer.Ordinal).ToList());
        Assert.StartsWith($"versions/v2/api/acme-pay.yaml changed: rebuilt {expected.Count} pages (versions/v2/api/acme-pay.yaml: 1 operation, 1 tag page changed), search index (", server.LastRebuild, StringComparison.Ordinal);
        Assert.EndsWith("downloads in " + rebuilt.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("Returns the payments, newest first,", await _http.GetStringAsync(server.Url + "v2/api/operations/listpayments/"));
        Assert.Contains("Returns the payments, newest first,", await _http.GetStringAsync(server.Url + "v2/api/downloads/openapi.yaml"));
        // The pages the edit replaced leave the kept state: their search entries and their llms-full.txt parts.
        var pages = server.Site!.Versions.Values.SelectMany(v => v.All).ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.All(rebuilt.State!.Files.Twins!.KeptPages, page => Assert.Contains(page, pages));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_spec_summary_edit_re_renders_the_version_whose_navigation_shows_it_and_matches_a_cold_build()
    {
        using var site = AcmeSite();
        await using var server = await ServeAsync(site);

        var before = TestSite.Snapshot(server.OutputDir);

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/api/acme-pay.yaml", "summary: List payments\n", "summary: List all payments\n");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        // The pages whose HTML changed: the operation's own, its tag page and the overview, and those whose sidebar or prev/next shows its label.
        Assert.Equal(PagesWhoseHtmlChanged(before, server.OutputDir), rebuilt.PagesRendered!.Order(StringComparer.Ordinal).ToList());
        Assert.True(rebuilt.PagesRendered!.Count < server.Site!.Versions["v2"].All.Count(), "the guides in closed sections are kept");
        Assert.Contains("a title in the navigation changed; ", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("List all payments", await _http.GetStringAsync(server.Url + "v2/api/operations/listpayments/"));
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_new_operation_in_a_spec_builds_the_whole_site_and_matches_a_cold_build()
    {
        using var site = AcmeSite();
        await using var server = await ServeAsync(site);

        // Guides link to operations by id, and the navigation lists them: a page more is more than page contents.
        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/api/acme-pay.yaml", "\n  /payments:\n    get:\n",
            "\n  /payments/count:\n    get:\n      operationId: countPayments\n      summary: Count payments\n      tags: [Payments]\n      responses:\n        \"200\":\n          description: The count.\n  /payments:\n    get:\n");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Null(rebuilt.PagesRendered);
        Assert.Contains("rebuilt the whole site (", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains("pages; versions/v2/api/acme-pay.yaml: a page was added, removed or moved)", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_spec_edit_on_the_bundled_two_version_site_rebuilds_the_whole_site_because_its_changelog_compares_the_spec()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        await using var server = await ServeAsync(site);

        var rebuilt = await SaveAndWaitAsync(server, site, "versions/v2/api/acme-pay.yaml", "Returns payments, newest first,", "Returns the payments, newest first,");

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Null(rebuilt.PagesRendered);
        Assert.Contains("pages; v2/payments: a changelog or the coverage page compares the whole spec)", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Theory]
    [InlineData("museum/openapi.yaml", "description: Return a list of upcoming special events at the museum.", "listSpecialEvents")]
    [InlineData("edge-cases/httpbin.yaml", "description: \"Absolutely 302 Redirects n times.\"", "getAbsoluteRedirect")]
    [InlineData("edge-cases/petstore.yaml", "description: Add new pet to the store inventory.", "addPet")]
    public async Task On_corpus_specs_a_description_edit_re_renders_the_pages_showing_that_operation_and_matches_a_cold_build(string edited, string line, string operationId)
    {
        // Three real specs side by side in one version; the edit goes to a copy in the site folder.
        using var site = TestSite.Empty();
        string[] specs = ["museum/openapi.yaml", "edge-cases/httpbin.yaml", "edge-cases/petstore.yaml"];
        var config = "title: Corpus\nbaseUrl: https://docs.example.com/\nversions:\n  - id: v1\n    apis:\n";
        foreach (var (spec, i) in specs.Select((s, i) => (s, i)))
        {
            site.WriteBytes($"specs/{spec}", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus("specs"), spec)));
            config += $"      - id: api{i}\n        spec: specs/{spec}\n        prefix: api{i}\n";
        }

        site.Write("docsgen.yml", config);
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\n\nThe corpus APIs.\n");
        await using var server = await ServeAsync(site);
        var apiId = $"api{Array.IndexOf(specs, edited)}";
        var expected = PagesShowing(server.Site!, "v1", apiId, operationId);

        var rebuilt = await SaveAndWaitAsync(server, site, $"specs/{edited}", line, line.Insert(line.StartsWith("description: \"", StringComparison.Ordinal) ? 14 : 13, "Edited. "));

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Equal(expected, rebuilt.PagesRendered!.Order(StringComparer.Ordinal).ToList());
        Assert.Contains(": 1 operation", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    [Fact]
    public async Task A_spec_save_still_being_written_when_read_reports_the_operation_pages_the_half_read_rebuild_rendered()
    {
        // A big spec written slowly (a network drive, a generator streaming it out): the first rebuild reads it while
        // it grows, renders the edited operation and is superseded; the one reported after the save ends must still
        // name those pages, though by then only the overview differs from what the server keeps.
        using var site = TestSite.Empty();
        site.WriteBytes("specs/petstore.yaml", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus("specs"), "edge-cases/petstore.yaml")));
        site.Write("docsgen.yml", "title: Pets\nbaseUrl: https://docs.example.com/\nversions:\n  - id: v1\n    apis:\n      - id: pets\n        spec: specs/petstore.yaml\n        prefix: api\n");
        site.Write("versions/v1/index.md", "---\ntitle: Home\n---\n\nThe pet store.\n");
        await using var server = await ServeAsync(site);
        var expected = PagesShowing(server.Site!, "v1", "pets", "addPet");
        var superseded = 0;
        server.Superseded += _ => Interlocked.Increment(ref superseded);
        var builds = new BlockingCollection<BuildResult>();
        server.Built += builds.Add;
        const string Line = "description: Add new pet to the store inventory.";
        var text = File.ReadAllText(site.PathOf("specs/petstore.yaml"));
        Assert.Contains(Line, text);

        await using (var stream = new FileStream(site.PathOf("specs/petstore.yaml"), FileMode.Truncate, FileAccess.Write))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text.Replace(Line, Line.Insert(13, "Edited. "), StringComparison.Ordinal)));
            await stream.FlushAsync();
            // The rest of the save, a comment line at a time, until a rebuild has read the file mid-save.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (Volatile.Read(ref superseded) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
                await stream.WriteAsync("# still saving\n"u8.ToArray());
                await stream.FlushAsync();
            }
        }

        Assert.True(superseded > 0, "no rebuild read the spec while it was still being written");
        Assert.True(builds.TryTake(out var rebuilt, Patience), "no rebuild reported after the save");
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Equal(expected, rebuilt.PagesRendered!.Order(StringComparer.Ordinal).ToList());
        Assert.Contains(" that read the save half-way: ", server.LastRebuild, StringComparison.Ordinal);
        Assert.Contains(": 1 operation", server.LastRebuild, StringComparison.Ordinal);
        await AssertSameFilesAsAColdBuildAsync(site, server.OutputDir);
    }

    /// <summary>The URLs of the pages (index.html files, the /latest/ redirects aside) whose HTML differs from <paramref name="before"/>.</summary>
    private static List<string> PagesWhoseHtmlChanged(Dictionary<string, string> before, string served) =>
        TestSite.Snapshot(served)
            .Where(f => f.Key.EndsWith("index.html", StringComparison.Ordinal) && !f.Key.StartsWith("latest", StringComparison.Ordinal)
                && !f.Key.Contains("/samples/", StringComparison.Ordinal) && !f.Key.Contains("/fields/", StringComparison.Ordinal)
                && (!before.TryGetValue(f.Key, out var old) || old != f.Value))
            .Select(f => f.Key.Replace('\\', '/')[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The URLs of the operation's page, its API's overview and the tag page listing it: what a change of its description shows on.</summary>
    private static List<string> PagesShowing(SiteView site, string version, string apiId, string operationId)
    {
        var pages = site.Versions[version].All.ToList();
        var operation = pages.First(p => p.Model is ApiOperation o && o.ApiId == apiId && o.Id == operationId);
        return pages.Where(p => p == operation
                || (p.Model is ApiSpec spec && spec.Id == apiId)
                || (p.Model is ApiTag tag && tag.ApiId == apiId && tag.Operations.Contains((ApiOperation)operation.Model!)))
            .Select(p => p.Url).Order(StringComparer.Ordinal).ToList();
    }
}
