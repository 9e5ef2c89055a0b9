using System.Text.Json;
using DocsGen.Search;

namespace DocsGen.Tests.Search;

public sealed class SearchIndexFilesTests
{
    private static readonly SearchEntry[] Entries =
    [
        new(SearchEntryKind.Page, "Authentication", "v1/auth/", "", "Keys and tokens.", "", "", "Authentication", "", "Every request carries a key."),
        new(SearchEntryKind.Section, "API keys", "v1/auth/#api-keys", "Authentication", "Create a key.", "", "", "", "API keys", "Create a key in the dashboard."),
        new(SearchEntryKind.Operation, "Create a payment", "v1/api/create-payment/", "", "", "POST", "/payments", "Create a payment POST /payments createPayment", "amount", "Charges a card."),
    ];

    [Fact]
    public void The_same_entries_give_byte_identical_files()
    {
        var first = SearchIndexFiles.Build(Entries);
        var second = SearchIndexFiles.Build(Entries.ToArray());
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void Manifest_lists_the_term_shards_and_the_document_shard_size()
    {
        var files = SearchIndexFiles.Build(Entries);
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var shards = manifest.RootElement.GetProperty("t").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).Select(k => k[2..^5]), shards);
        Assert.Equal(3, manifest.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(SearchIndexFiles.EntriesPerDocShard, manifest.RootElement.GetProperty("ds").GetInt32());
    }

    [Fact]
    public void Terms_in_a_shard_are_sorted_and_postings_decode_to_entry_and_best_field()
    {
        var files = SearchIndexFiles.Build(Entries);
        var terms = Shard(files, "k");
        Assert.Equal(terms.Keys.Order(StringComparer.Ordinal), terms.Keys);

        // "key" is in the text (field 0) of the page and the section; "keys" only in the section heading (field 1).
        Assert.Equal([(0, 0), (1, 0)], terms["key"]);
        Assert.Equal([(1, 1)], terms["keys"]);
        var c = Shard(files, "c");
        Assert.Equal([(2, 2)], c["createpayment"]);
        Assert.Equal([(1, 0), (2, 2)], c["create"]);
    }

    [Fact]
    public void Document_shards_hold_kind_title_url_parent_excerpt_and_operation_details_without_trailing_blanks()
    {
        var files = SearchIndexFiles.Build(Entries);
        Assert.Equal(
            """[[0,"Authentication","v1/auth/","","Keys and tokens."],[1,"API keys","v1/auth/#api-keys","Authentication","Create a key."],[2,"Create a payment","v1/api/create-payment/","","","POST","/payments"]]""",
            System.Text.Encoding.UTF8.GetString(files["d/0.json"]));
    }

    [Fact]
    public void A_term_in_more_entries_than_the_cap_keeps_names_first_and_is_marked_saturated()
    {
        var many = Enumerable.Range(0, SearchIndexFiles.MaxPostings + 50)
            .Select(i => new SearchEntry(SearchEntryKind.Page, $"Page {i}", $"v1/p{i}/", "", "", "", "", i % 100 == 0 ? "common" : $"Page {i}", "", "common words"))
            .ToList();
        var files = SearchIndexFiles.Build(many);
        using var shard = JsonDocument.Parse(files["t/c.json"]);
        var row = shard.RootElement.EnumerateArray().Single(r => r[0].GetString() == "common");
        Assert.Equal(3, row.GetArrayLength());
        Assert.Equal(1, row[2].GetInt32());
        var postings = Decode(row[1]);
        Assert.Equal(SearchIndexFiles.MaxPostings, postings.Count);
        Assert.All(Enumerable.Range(0, many.Count).Where(i => i % 100 == 0), i => Assert.Contains((i, 2), postings));
    }

    [Fact]
    public void Terms_that_do_not_start_with_an_ascii_letter_or_digit_share_one_shard()
    {
        Assert.Equal("p", SearchIndexFiles.ShardKey("payments"));
        Assert.Equal("4", SearchIndexFiles.ShardKey("404"));
        Assert.Equal("_", SearchIndexFiles.ShardKey("überweisung"));
    }

    private static Dictionary<string, List<(int Entry, int Field)>> Shard(IDictionary<string, byte[]> files, string key)
    {
        using var shard = JsonDocument.Parse(files[$"t/{key}.json"]);
        return shard.RootElement.EnumerateArray().ToDictionary(r => r[0].GetString()!, r => Decode(r[1]));
    }

    private static List<(int Entry, int Field)> Decode(JsonElement deltas)
    {
        var sum = 0;
        return deltas.EnumerateArray().Select(d => sum += d.GetInt32()).Select(code => (code >> 2, code & 3)).ToList();
    }
}
