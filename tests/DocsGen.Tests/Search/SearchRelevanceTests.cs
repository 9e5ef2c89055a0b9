using DocsGen.Bench.SearchRelevance;
using Xunit.Abstractions;

namespace DocsGen.Tests.Search;

/// <summary>
/// Search finds what the reader typed on real sites: each guide by its title and each operation by its
/// summary, one query in ten with a typo, ranked by the search.js readers get (run in Node) and compared
/// in the same run with MiniSearch over the same documents. The Markdown project runs in the normal
/// suite; the large specs and the other projects (minutes) are Slow, like `DocsGen.Bench search`.
/// </summary>
public sealed class SearchRelevanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("mkdocs-material")]
    public Task A_markdown_project_finds_its_guides_by_title(string name) => AssertRelevance(name);

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("stripe")]
    [InlineData("github")]
    [InlineData("kubernetes")]
    [InlineData("hugo-docs")]
    [InlineData("rust-rfcs")]
    [InlineData("jest-docusaurus")]
    public Task A_large_site_finds_its_operations_and_guides(string name) => AssertRelevance(name);

    private async Task AssertRelevance(string name)
    {
        var result = await RelevanceRun.MeasureAsync(RelevanceInput.Named(name)!, RepoPaths.Corpus());
        var ours = result.DocsGen;
        var theirs = result.MiniSearch;
        output.WriteLine($"{name}: {result.Documents:N0} entries, {result.Queries:N0} queries ({ours.UniqueQueries:N0} unique titles, {ours.TypoQueries} with a typo), index {result.IndexBytes / 1024.0:N1} KB");
        output.WriteLine($"  docsgen:    top-1 unique {EngineScore.Percent(ours.UniqueTop1, ours.UniqueQueries)}, top-3 unique {EngineScore.Percent(ours.UniqueTop3, ours.UniqueQueries)}, top-3 typo {EngineScore.Percent(ours.TypoTop3, ours.TypoQueries)}");
        output.WriteLine($"  minisearch: top-1 unique {EngineScore.Percent(theirs.UniqueTop1, theirs.UniqueQueries)}, top-3 unique {EngineScore.Percent(theirs.UniqueTop3, theirs.UniqueQueries)}, top-3 typo {EngineScore.Percent(theirs.TypoTop3, theirs.TypoQueries)}");
        foreach (var miss in ours.Misses.Where(m => m.Unique))
        {
            output.WriteLine($"  missed \"{miss.Q}\" -> {miss.Expected}; got {string.Join(", ", miss.Got)}");
        }

        Assert.True(ours.UniqueQueries > 50, $"only {ours.UniqueQueries} queries with a unique title: the corpus is not the one expected");
        Assert.True(ours.UniqueTop1 >= 0.95 * ours.UniqueQueries, $"top-1 {ours.UniqueTop1} of {ours.UniqueQueries}");
        Assert.True(ours.UniqueTop3 >= 0.99 * ours.UniqueQueries, $"top-3 {ours.UniqueTop3} of {ours.UniqueQueries}");
        Assert.True(ours.UniqueTop1 >= theirs.UniqueTop1, $"top-1 {ours.UniqueTop1} below MiniSearch's {theirs.UniqueTop1}");
        Assert.True(ours.UniqueTop3 >= theirs.UniqueTop3, $"top-3 {ours.UniqueTop3} below MiniSearch's {theirs.UniqueTop3}");
    }
}
