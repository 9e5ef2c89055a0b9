using DocsGen.Output;
using DocsGen.Search;
using DocsGen.SiteModel;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Search;

/// <summary>
/// The dev server's kept search index (<see cref="SearchIndexParts"/>: re-scored from kept counts, only changed files
/// rewritten) against the index `docsgen build` makes from scratch (<see cref="SearchIndexFiles"/> over every entry),
/// on the real Markdown projects of the shared corpus: right after the build, and after each of a series of page body
/// edits that add words no page had, take a page's words and sections away, or add a section (which renumbers every
/// later entry). After each, the folder it keeps must hold exactly the files of a fresh index of the edited site,
/// byte for byte. Each edit goes through <see cref="SearchIndexParts.Rewrite"/> as the dev server's does.
/// </summary>
public sealed class SearchIndexPartsTests(ITestOutputHelper output)
{
    [Fact]
    public Task Every_page_of_mkdocs_material_edited_in_turn_leaves_the_index_a_cold_build_makes() =>
        AssertEditsMatchColdIndex("markdown/mkdocs-material/docs", "mkdocs", editEvery: 1);

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("markdown/hugo-docs", "hugo")]
    [InlineData("markdown/rust-rfcs", "docsgen")]
    [InlineData("markdown/jest-docusaurus/docs", "docusaurus")]
    public Task Edits_across_a_large_markdown_project_leave_the_index_a_cold_build_makes(string corpus, string dialect) =>
        AssertEditsMatchColdIndex(corpus, dialect, editEvery: 25);

    private async Task AssertEditsMatchColdIndex(string corpus, string dialect, int editEvery)
    {
        var content = Path.Combine(RepoPaths.Corpus(), corpus);
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", $"""
            title: Corpus
            baseUrl: https://example.com/
            readRoots: ["{content}"]
            versions:
              - id: v1
                dir: "{content}"
            markdown:
              dialect: {dialect}
            checks:
              brokenLinks: warning
              brokenAnchors: warning
            """);
        var result = await site.BuildAsync();
        Assert.True(result.Site is not null, string.Join('\n', result.Diagnostics.Take(20)));
        var view = result.Site!;
        var guides = view.Versions["v1"].All.Where(p => p.Kind == PageKind.Guide).OrderBy(p => p.Route, StringComparer.Ordinal).ToList();
        Assert.True(guides.Count > 30, $"{guides.Count} guides in {corpus}: the corpus is not the one expected");

        var kept = Path.Combine(site.Temp, "kept");
        using var folder = new InPlaceOutput(kept);
        // Every other page counted beforehand, in parallel, as the rendering threads count them; the rest when the index takes them.
        var counts = new PageSearchCounts(view, _ => true);
        Parallel.ForEach(counts.PagesOf("v1").Where((_, i) => i % 2 == 0), counts.Count);
        var parts = SearchIndexParts.Write(view, folder, _ => true, counts);
        AssertSameAsColdIndex(view, kept, "after the build");
        // The cold build wrote the same index through `docsgen build`'s path.
        Assert.Equal(Files(Path.Combine(site.Output, "search/v1")), Files(Path.Combine(kept, "search/v1")));

        var edits = 0;
        var rewritten = 0;
        for (var i = 0; i < guides.Count; i += editEvery)
        {
            var page = guides[i];
            page.ContentHtml = (edits % 3) switch
            {
                // Words no page has: new terms, a longer body, shards that gain terms.
                0 => page.ContentHtml + $"<p>Quokkaesque zeppelinage {edits} with wombatty prose added while serving.</p>",
                // Every word and section gone: terms that leave the index, fewer entries after this page.
                1 => "<p>Emptied.</p>",
                // A new section: one more entry, every later entry renumbered.
                _ => page.ContentHtml + $"<h2 id=\"added-{edits}\">Added section {edits}</h2><p>Text of the added section.</p>",
            };
            rewritten += parts.Rewrite(view, folder, kept, [page]);
            edits++;
            AssertSameAsColdIndex(view, kept, $"after edit {edits} ({page.Route})");
        }

        output.WriteLine($"{corpus}: {guides.Count} guides, {SearchEntries.For(view, "v1").Count} entries; {edits} edits, {rewritten} index files rewritten or deleted in all, each edit's index equal to a cold build's");
        Assert.True(rewritten < edits * Files(Path.Combine(kept, "search/v1")).Count, "each edit rewrote the whole index");
    }

    /// <summary>The kept folder holds exactly the files of a fresh index of the site as it is now.</summary>
    private static void AssertSameAsColdIndex(SiteView site, string kept, string when)
    {
        var cold = SearchIndexFiles.Build(SearchEntries.For(site, "v1"));
        var folder = Path.Combine(kept, "search/v1");
        Assert.True(cold.Keys.SequenceEqual(Files(folder)), $"{when}: files differ: expected {string.Join(", ", cold.Keys.Except(Files(folder)))} extra {string.Join(", ", Files(folder).Except(cold.Keys))}");
        var different = cold.Where(f => !f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, f.Key)))).Select(f => f.Key).ToList();
        Assert.True(different.Count == 0, $"{when}: {string.Join(", ", different)} differ from a cold build's");
    }

    private static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
