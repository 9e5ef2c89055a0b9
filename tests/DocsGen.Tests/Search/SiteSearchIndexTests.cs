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
    public void Operations_are_found_by_operation_id_and_path_as_names_and_by_parameter_names_as_headings()
    {
        var entries = Documents("v3");
        var listRefunds = entries.FindIndex(e => e[2].GetString() == "v3/api/operations/listrefunds/");
        Assert.Equal(["List refunds", "v3/api/operations/listrefunds/", "", "Lists the refunds of one payment, newest first.", "GET", "/payments/{paymentId}/refunds"],
            entries[listRefunds].EnumerateArray().Skip(1).Select(e => e.GetString()!));
        var postings = Postings("v3");
        Assert.Contains(listRefunds, postings["listrefunds"].Keys);
        Assert.Contains(listRefunds, postings["paymentid"].Keys);
        Assert.Contains(listRefunds, postings["starting"].Keys);
        // A title word counts in the title and the names: it weighs more than a parameter name.
        Assert.True(postings["refunds"][listRefunds] > postings["starting"][listRefunds], "a title word weighs more than a parameter name");
    }

    [Fact]
    public void Schemas_are_found_by_name_and_by_property_names()
    {
        var entries = Documents("v3");
        var payment = entries.FindIndex(e => e[2].GetString() == "v3/api/schemas/payment/");
        Assert.Equal(3, entries[payment][0].GetInt32());
        var postings = Postings("v3");
        Assert.Contains(payment, postings["payment"].Keys);
        Assert.Contains(payment, postings["statement"].Keys);
        Assert.Contains(payment, postings["currency"].Keys);
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

    [Fact]
    public void Every_versions_index_is_the_one_its_entries_give_though_the_rendering_threads_counted_the_pages()
    {
        var built = site.Result.Site!;
        foreach (var version in new[] { "v3", "v2", "v1" })
        {
            // Counted from each entry's text, on one thread, in the index's page order: the reference the build must match.
            var expected = SearchIndexFiles.Build(SearchEntries.For(built, version));
            var folder = Path.Combine(site.Output, "search", version);
            var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Keys, written);
            Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file.Key))), $"{version}: {file.Key} differs"));
        }
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

    /// <summary>term -> entry -> score, decoded from the (entry delta, score * 2 + in-title) pairs.</summary>
    private Dictionary<string, Dictionary<int, int>> Postings(string version)
    {
        var all = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "search", version, "t")))
        {
            using var shard = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var row in shard.RootElement.EnumerateArray())
            {
                var entry = 0;
                all[row[0].GetString()!] = row[1].EnumerateArray().Select(v => v.GetInt32()).Chunk(2)
                    .ToDictionary(p => entry += p[0], p => p[1] >> 1);
            }
        }

        return all;
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
