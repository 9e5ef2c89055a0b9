using System.Text.Json;
using DocsGen.Search;

namespace DocsGen.Tests.Search;

/// <summary>
/// How search.js orders entries whose titles tie, over an index written by the build's own writer and ranked by
/// the theme's search.js in Node (the file readers get). Several pages of a real site share a title with
/// sections ("Motivation" is one RFC page and hundreds of RFC sections; a Hugo command page repeats its title as
/// its first heading): the reader typing the title is given the page first, as DocSearch ranks page titles above
/// headings.
/// </summary>
public sealed class SearchRankingTests
{
    private static SearchEntry Page(string title, string url, string text) =>
        new(SearchEntryKind.Page, title, url, "", "", "", "", title, "", text);

    private static SearchEntry Section(string heading, string url, string page, string text) =>
        new(SearchEntryKind.Section, heading, url, page, "", "", "", "", heading, text);

    [Fact]
    public async Task A_page_titled_exactly_the_words_typed_ranks_above_sections_with_that_heading()
    {
        // The sections come first in reading order and are short: text weight and length normalisation favour them.
        SearchEntry[] entries =
        [
            Section("Motivation", "v1/0735-inherent-impls/#motivation", "Allow inherent impls anywhere", "Motivation for impls."),
            Section("Motivation", "v1/1434-contains/#motivation", "Contains method for ranges", "Motivation: ranges."),
            Page("Motivation", "v1/3392-leadership-council/motivation/", "Why the council exists, at length, with the history of the teams that came before it."),
        ];

        var ranked = await RankAsync(entries, "Motivation");

        Assert.Equal("v1/3392-leadership-council/motivation/", ranked[0]);
        Assert.Equal(3, ranked.Count);
    }

    [Fact]
    public async Task A_page_ranks_above_its_own_first_heading_when_the_heading_repeats_its_title()
    {
        SearchEntry[] entries =
        [
            // As Hugo's command pages are: no text before the first heading, which repeats the title over the whole page.
            Page("hugo build", "v1/commands/hugo_build/", ""),
            Section("hugo build", "v1/commands/hugo_build/#hugo-build", "hugo build", string.Join(' ', Enumerable.Repeat("hugo build --flag: what hugo build does with it.", 15))),
            Section("See also", "v1/commands/hugo_build/#see-also", "hugo build", "hugo - Build your site"),
        ];

        var ranked = await RankAsync(entries, "hugo build");

        Assert.Equal(["v1/commands/hugo_build/", "v1/commands/hugo_build/#hugo-build"], ranked.Take(2));
    }

    [Fact]
    public async Task A_section_titled_exactly_the_words_typed_still_ranks_above_pages_that_only_mention_them()
    {
        SearchEntry[] entries =
        [
            Page("Authentication", "v1/auth/", "Rotating keys is explained below. Rotating keys often is good."),
            Section("Rotating keys", "v1/auth/#rotating-keys", "Authentication", "Create a new key, then revoke the old one."),
        ];

        var ranked = await RankAsync(entries, "rotating keys");

        Assert.Equal(["v1/auth/#rotating-keys", "v1/auth/"], ranked);
    }

    [Fact]
    public void The_manifest_gives_each_entry_its_kind_in_entry_order()
    {
        SearchEntry[] entries =
        [
            Page("Guide", "v1/guide/", "Text."),
            Section("Part", "v1/guide/#part", "Guide", "More text."),
            new(SearchEntryKind.Operation, "Create a payment", "v1/api/create-payment/", "", "", "POST", "/payments", "Create a payment", "", ""),
            new(SearchEntryKind.Schema, "Payment", "v1/api/schemas/payment/", "", "", "", "", "Payment", "", ""),
        ];

        using var manifest = JsonDocument.Parse(SearchIndexFiles.Build(entries)["manifest.json"]);

        Assert.Equal("0123", manifest.RootElement.GetProperty("k").GetString());
    }

    /// <summary>Writes the index of these entries and ranks the query with search.js as a finished query (not being typed).</summary>
    private static async Task<List<string>> RankAsync(SearchEntry[] entries, string query) =>
        (await SearchJsInNode.SearchAsync(SearchIndexFiles.Build(entries), query, typing: false)).Select(i => entries[i].Url).ToList();
}
