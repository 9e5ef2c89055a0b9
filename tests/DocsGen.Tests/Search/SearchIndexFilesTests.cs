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
    public void Terms_in_a_shard_are_sorted_and_postings_decode_to_entry_score_and_title_flag()
    {
        var files = SearchIndexFiles.Build(Entries);
        var terms = TermShardFile.Read(files, "k");
        Assert.Equal(terms.Keys.Order(StringComparer.Ordinal), terms.Keys);

        // "key" is in the text of the page and the section; "keys" in the section's title.
        Assert.Equal([0, 1], terms["key"].Select(p => p.Entry));
        Assert.All(terms["key"], p => Assert.False(p.InTitle));
        Assert.Equal(1, Assert.Single(terms["keys"]).Entry);
        Assert.True(terms["keys"][0].InTitle);

        // "create": in the section's text and the operation's title (and names): the title weighs more.
        var create = TermShardFile.Read(files, "c")["create"];
        Assert.Equal([1, 2], create.Select(p => p.Entry));
        Assert.True(create[1].Score > create[0].Score, $"title {create[1].Score} vs text {create[0].Score}");
        Assert.Equal(2, Assert.Single(TermShardFile.Read(files, "c")["createpayment"]).Entry);
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
    public void A_term_in_most_entries_keeps_every_posting_with_a_lower_score_than_a_rare_one()
    {
        var many = Enumerable.Range(0, 3000)
            .Select(i => new SearchEntry(SearchEntryKind.Page, $"Page {i}", $"v1/p{i}/", "", "", "", "", $"Page {i}", "", i == 7 ? "common rare" : "common words"))
            .ToList();
        var files = SearchIndexFiles.Build(many);
        var common = TermShardFile.Read(files, "c")["common"];
        Assert.Equal(3000, common.Count);
        var rare = Assert.Single(TermShardFile.Read(files, "r")["rare"]);
        Assert.True(rare.Score > common[7].Score, $"rare {rare.Score} vs common {common[7].Score}");
    }

    [Fact]
    public void Manifest_carries_the_stop_words_and_each_entrys_title_word_count()
    {
        using var manifest = JsonDocument.Parse(SearchIndexFiles.Build(Entries)["manifest.json"]);
        Assert.Contains("the", manifest.RootElement.GetProperty("sw").EnumerateArray().Select(e => e.GetString()));
        // "Authentication", "API keys", "Create a payment" ("a" is no word the index holds).
        Assert.Equal("122", manifest.RootElement.GetProperty("tw").GetString());
    }

    [Fact]
    public void A_small_site_gets_a_table_of_result_lines_and_the_manifest_says_so()
    {
        var files = SearchIndexFiles.Build(Entries);

        Assert.Equal(
            """[["Authentication"],["API keys","Authentication"],["Create a payment","","POST","/payments"]]""",
            System.Text.Encoding.UTF8.GetString(files["l.json"]));
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        Assert.Equal(1, manifest.RootElement.GetProperty("l").GetInt32());
    }

    [Fact]
    public void A_site_whose_result_lines_outgrow_the_limit_goes_without_them_but_still_has_the_file_a_page_may_ask_for()
    {
        // About 55 bytes a line: 4,000 entries make 220 KB.
        var entries = Enumerable.Range(0, 4000)
            .Select(i => new SearchEntry(SearchEntryKind.Page, $"A page title of about fifty characters, number {i:D5}", $"v1/p{i}/", "", "", "", "", "", "", "Text."))
            .ToArray();

        var files = SearchIndexFiles.Build(entries);

        // docsgen.js asks for l.json beside the manifest, before it knows whether there is a table: the file says there is none.
        Assert.Equal("null", System.Text.Encoding.UTF8.GetString(files["l.json"]));
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        Assert.False(manifest.RootElement.TryGetProperty("l", out _));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void The_result_line_table_is_kept_up_to_its_limit_exactly(int bytesOver, bool kept)
    {
        // Lines ["title"] of 154 bytes, joined by commas inside [...]; the last title makes up the rest of the limit.
        var titles = Enumerable.Range(0, 999).Select(i => $"{i:D3}{new string('a', 147)}").ToList();
        var used = 2 + titles.Sum(t => t.Length + 4) + titles.Count;
        titles.Add(new string('b', SearchIndexFiles.ResultLinesAtMost - used - 4 + bytesOver));
        var entries = titles.Select((t, i) => new SearchEntry(SearchEntryKind.Page, t, $"v1/p{i}/", "", "", "", "", "", "", "")).ToArray();

        var lines = SearchIndexFiles.Build(entries)["l.json"];

        Assert.Equal(kept, lines.Length == SearchIndexFiles.ResultLinesAtMost);
        Assert.Equal(!kept, System.Text.Encoding.UTF8.GetString(lines) == "null");
    }

    [Fact]
    public void Entries_serialized_one_by_one_join_to_the_bytes_one_writer_makes_of_the_whole_shard_and_table()
    {
        var entries = new SearchEntry[]
        {
            new(SearchEntryKind.Page, "Quotes \"and\" <tags> & ümlauts", "v1/q/", "", "Tab\there, line\nbreak, emoji \U0001F600.", "", "", "", "", ""),
            new(SearchEntryKind.Section, "Über", "v1/q/#über", "Quotes", "", "", "", "", "", ""),
            new(SearchEntryKind.Operation, "Ping", "v1/api/ping/", "", "", "GET", "/ping", "", "", ""),
        };

        var files = SearchIndexFiles.Build(entries);

        Assert.Equal(Whole(entries, e => [(int)e.Kind, e.Title, e.Url, e.Parent, e.Excerpt, e.Method, e.Path]), files["d/0.json"]);
        Assert.Equal(Whole(entries, e => [e.Title, e.Parent, e.Method, e.Path]), files["l.json"]);

        static byte[] Whole(IEnumerable<SearchEntry> all, Func<SearchEntry, object[]> fields)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (var entry in all)
                {
                    var values = fields(entry).ToList();
                    while (values[^1] is "")
                    {
                        values.RemoveAt(values.Count - 1);
                    }

                    json.WriteStartArray();
                    foreach (var value in values)
                    {
                        if (value is int number)
                        {
                            json.WriteNumberValue(number);
                        }
                        else
                        {
                            json.WriteStringValue((string)value);
                        }
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            return stream.ToArray();
        }
    }

    [Fact]
    public void Terms_that_do_not_start_with_an_ascii_letter_or_digit_share_one_shard()
    {
        Assert.Equal("p", TermShardLayout.TopKey("payments"));
        Assert.Equal("4", TermShardLayout.TopKey("404"));
        Assert.Equal("_", TermShardLayout.TopKey("überweisung"));
    }
}
