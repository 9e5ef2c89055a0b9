using System.Text.Json;
using AngleSharp.Html.Parser;
using DocsGen.Search;

namespace DocsGen.Tests.Search;

public sealed class SiteSearchIndexTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_version_gets_its_own_index_folder()
    {
        foreach (var version in new[] { "v3", "v2", "v1" })
        {
            Assert.True(site.Exists($"search/{version}/manifest.json"), $"no index for {version}");
        }
    }

    [Fact]
    public void A_page_of_one_version_is_only_in_that_versions_index()
    {
        Assert.Contains("legacy", Terms("v2"));
        Assert.DoesNotContain("legacy", Terms("v3"));
        Assert.Contains("rotate", Terms("v3"));
        Assert.DoesNotContain("rotate", Terms("v1"));
    }

    [Fact]
    public void Guide_headings_are_entries_that_deep_link_to_an_anchor_on_their_page()
    {
        var entries = Documents("v3");
        var sections = entries.Where(e => e[0].GetInt32() == 1).ToList();
        Assert.Contains(sections, e => e[1].GetString() == "Rotating keys" && e[2].GetString() == "v3/guides/authentication/#rotating-keys");
        var parser = new HtmlParser();
        foreach (var section in sections)
        {
            var url = section[2].GetString()!;
            var hash = url.IndexOf('#');
            var html = parser.ParseDocument(site.Read(url[..hash] + "index.html"));
            Assert.NotNull(html.GetElementById(url[(hash + 1)..]));
        }
    }

    [Fact]
    public void Measured_sizes_match_the_files_written()
    {
        var measured = SearchIndex.Measure(site.Result.Site!).Single(s => s.Version == "v3");
        var folder = Path.Combine(site.Output, "search", "v3");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories);
        Assert.Equal(files.Length, measured.Files);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), measured.TotalBytes);
        Assert.Equal(Documents("v3").Count, measured.Entries);
    }

    private HashSet<string> Terms(string version)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "search", version, "t")))
        {
            using var shard = JsonDocument.Parse(File.ReadAllBytes(file));
            terms.UnionWith(shard.RootElement.EnumerateArray().Select(r => r[0].GetString()!));
        }

        return terms;
    }

    private List<JsonElement> Documents(string version)
    {
        var all = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "search", version, "d")).OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f))))
        {
            all.AddRange(JsonDocument.Parse(File.ReadAllBytes(file)).RootElement.EnumerateArray());
        }

        return all;
    }
}
