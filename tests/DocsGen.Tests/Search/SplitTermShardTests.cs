using System.Text.Json;
using DocsGen.Search;

namespace DocsGen.Tests.Search;

/// <summary>
/// A letter whose term shard is too large is split by the next letter (<see cref="TermShardLayout"/>), and a lone
/// typed letter is answered from that letter's small shard of title postings. Written by the build's own writer with a
/// small split size, and searched by the theme's search.js in Node: a word typed past the split key finds exactly what
/// it finds in an unsplit index, and the index holds the same terms and postings, only in more files.
/// </summary>
public sealed class SplitTermShardTests
{
    private const int SmallSplit = 100;

    private static readonly SearchEntry[] Entries =
    [
        Page("Payments", "v1/payments/", "Payments move money. Pagination of payments lists uses a cursor; plans and products bill payments."),
        Page("Payouts", "v1/payouts/", "Payouts send money to a bank. Payments fund payouts; pagination works as for payments."),
        Page("Pagination", "v1/pagination/", "Lists of payments, payouts, plans and products are paginated."),
        Page("Plans", "v1/plans/", "Plans price products. Payments follow plans; pagination of plans."),
        Page("Products", "v1/products/", "Products are what plans price. Payments and payouts of products, pagination too."),
        Page("Refunds", "v1/refunds/", "Refunds return payments; pagination of refunds lists."),
        Page("Prices", "v1/prices/", "Prices of products and plans; payouts and payments in any price."),
    ];

    [Fact]
    public void A_large_letter_is_split_by_its_next_letter_and_keeps_a_shard_of_title_postings()
    {
        var files = Build(SmallSplit);
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var keys = manifest.RootElement.GetProperty("t").EnumerateArray().Select(e => e.GetString()!).ToList();
        var split = manifest.RootElement.GetProperty("s").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains("p", split);
        Assert.DoesNotContain("r", split);
        Assert.Equal(files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).Select(k => k[2..^5]), keys);
        Assert.Contains("pa", keys);
        Assert.Contains("pr", keys);
        // The letter's own shard: every posting of it is a title posting, and every title word under it is there.
        var own = TermShardFile.Read(files, "p");
        Assert.All(own.Values.SelectMany(p => p), p => Assert.True(p.InTitle));
        Assert.Equal(["pagination", "payments", "payouts", "plans", "prices", "products"], own.Keys.Order(StringComparer.Ordinal));
        Assert.Single(own["payments"]);
        // A shard that is not split again stays within the size, or holds one term that cannot be split.
        foreach (var key in keys.Except(split))
        {
            Assert.True(files[$"t/{key}.json"].Length <= SmallSplit || TermShardFile.Read(files, key).Count == 1, $"t/{key}.json: {files[$"t/{key}.json"].Length} bytes");
        }
    }

    [Fact]
    public void Split_shards_hold_the_same_terms_and_postings_as_one_shard_per_letter()
    {
        var whole = Build(int.MaxValue);
        var split = Build(SmallSplit);
        using var manifest = JsonDocument.Parse(split["manifest.json"]);
        var splitKeys = manifest.RootElement.GetProperty("s").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

        var fromWhole = Terms(whole, _ => true);
        // A split key's own shard has the term that is the key in full; its other terms are in the longer keys' shards.
        var fromSplit = Terms(split, key => !splitKeys.Contains(key));
        Assert.Empty(JsonDocument.Parse(whole["manifest.json"]).RootElement.GetProperty("s").EnumerateArray());
        Assert.Equal(fromWhole.Keys.Order(StringComparer.Ordinal), fromSplit.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromWhole, t => Assert.Equal(t.Value, fromSplit[t.Key]));
    }

    [Theory]
    [InlineData("payments", false)]
    [InlineData("pagination plans", false)]
    [InlineData("payo", true)]
    [InlineData("products pr", true)]
    [InlineData("paymnets", false)]
    public async Task A_word_typed_past_the_split_key_finds_what_it_finds_in_an_unsplit_index(string query, bool typing)
    {
        var whole = await SearchAsync(Build(int.MaxValue), query, typing);
        var split = await SearchAsync(Build(SmallSplit), query, typing);

        Assert.NotEmpty(whole);
        Assert.Equal(whole, split);
    }

    [Fact]
    public async Task A_lone_letter_of_a_split_shard_finds_the_entries_with_a_title_word_it_begins()
    {
        var found = await SearchAsync(Build(SmallSplit), "p", typing: true);

        Assert.Equal(
            ["v1/pagination/", "v1/payments/", "v1/payouts/", "v1/plans/", "v1/prices/", "v1/products/"],
            found.Select(e => Entries[e].Url).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_word_typed_no_further_than_a_split_key_ranks_but_does_not_narrow()
    {
        // "pa" is a split key: its shard has the titles "pa" begins, not every page that mentions a "pa" word.
        Assert.Contains("pa", JsonDocument.Parse(Build(SmallSplit)["manifest.json"]).RootElement.GetProperty("s").EnumerateArray().Select(e => e.GetString()));

        var found = await SearchAsync(Build(SmallSplit), "refunds pa", typing: true);

        Assert.Equal(["v1/refunds/"], found.Select(e => Entries[e].Url));
    }

    private static SearchEntry Page(string title, string url, string text) =>
        new(SearchEntryKind.Page, title, url, "", "", "", "", title, "", text);

    private static SortedDictionary<string, byte[]> Build(int splitAbove) =>
        SearchIndexFiles.Build(Entries, RelevanceModel.Score(Entries), splitAbove);

    private static Dictionary<string, List<(int Entry, int Score, bool InTitle)>> Terms(SortedDictionary<string, byte[]> files, Func<string, bool> keys)
    {
        var terms = new Dictionary<string, List<(int, int, bool)>>(StringComparer.Ordinal);
        foreach (var key in files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).Select(k => k[2..^5]))
        {
            foreach (var (term, postings) in TermShardFile.Read(files, key))
            {
                if (keys(key) || term.Length == key.Length)
                {
                    terms.Add(term, postings);
                }
            }
        }

        return terms;
    }


    /// <summary>Ranks the query with the theme's search.js in Node: the entries found, best first.</summary>
    private static Task<int[]> SearchAsync(SortedDictionary<string, byte[]> files, string query, bool typing) =>
        SearchJsInNode.SearchAsync(files, query, typing, limit: 100);
}
