using DocsGen.Search;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Search;

/// <summary>
/// A cold build counts a guide's terms where the splitter leaves each section's text (no string of it); the entries and
/// counts must be the ones counting the entries' text gives, which the dev server's index does.
/// </summary>
public sealed class CountedGuideEntriesTests
{
    private static readonly string LongIntro = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));

    public static TheoryData<string, string?> Guides => new()
    {
        {
            """
            <p>Intro with <code>createPayment</code> &amp; the&nbsp;entity, and the the words.</p>
            <h2 id="api-keys">API keys &amp; tokens<a class="anchor" href="#api-keys" aria-hidden="true">#</a></h2>
            <p>Create a key.
            Then   rotate it.</p>
            <pre class="code"><code>curl secret_value</code></pre>
            <h3 id="rotating">Rotating keys</h3><ul><li>one</li><li>two</li></ul>
            <h2>No id here</h2><p>Counted nowhere as a section.</p>
            <h2 id="empty"></h2>
            <h3 id="last">Last</h3>
            """,
            "Keys and tokens for the API."
        },
        { "<h2 id=\"first\">First</h2><p>No introduction, no description.</p>", null },
        { "", null },
        { "", "Only a description." },
        { $"<p>{LongIntro}</p><h2 id=\"x\">X</h2><p>{LongIntro} {LongIntro}</p>", "" },
    };

    [Theory]
    [MemberData(nameof(Guides))]
    public void Counting_a_guide_as_it_is_split_gives_the_entries_and_counts_of_its_entries_text(string html, string? description)
    {
        var page = new Page { Version = "v1", Route = "guides/keys", Title = "Keys and tokens", Kind = PageKind.Guide, Layout = "page", Description = description, ContentHtml = html };
        var entries = new List<SearchEntry>();
        SearchEntries.Add(page, entries);

        var (counted, terms) = SearchEntries.Counted(page);

        Assert.Equal(entries.Select(SearchEntries.WithoutCountedText), counted);
        Assert.Equal(entries.Count, terms.Length);
        for (var i = 0; i < entries.Count; i++)
        {
            var expected = RelevanceModel.Count(entries[i]);
            Assert.Equal(expected.Terms, terms[i].Terms);
            Assert.Equal(expected.Frequencies.ToArray(), terms[i].Frequencies.ToArray());
            Assert.Equal(expected.Lengths, terms[i].Lengths);
            Assert.Equal(expected.InTitle, terms[i].InTitle);
        }
    }

    [Fact]
    public void The_guide_gives_its_page_and_each_heading_with_an_id_an_entry_whose_text_ends_at_the_next_heading()
    {
        var page = new Page
        {
            Version = "v1",
            Route = "g",
            Title = "G",
            Kind = PageKind.Guide,
            Layout = "page",
            ContentHtml = "<p>Intro.</p><h2 id=\"a\">A</h2><p>Under a.</p><h2>B</h2><h3 id=\"c\">C</h3>",
        };

        var (entries, terms) = SearchEntries.Counted(page);

        Assert.Equal(["v1/g/", "v1/g/#a", "v1/g/#c"], entries.Select(e => e.Url));
        Assert.Equal(["Intro.", "Under a.", ""], entries.Select(e => e.Excerpt));
        Assert.All(entries, e => Assert.Equal("", e.Text));
        Assert.Contains("intro", terms[0].Terms);
    }
}
