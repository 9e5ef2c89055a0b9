using DocsGen.Bench.SearchRelevance;
using DocsGen.Bench.SearchTyping;
using Xunit.Abstractions;

namespace DocsGen.Tests.Search;

/// <summary>
/// The search-typing bench (`DocsGen.Bench search-typing`) played on a real Markdown project: a reader on a fresh page
/// presses "/" and types guide titles key by key in headless Chromium, against the site served over HTTP on 127.0.0.1.
/// Every key gets the results of its text (or of a later one) in the DOM: no key is left waiting when search.js
/// skips texts typed while a search runs. Times are printed, never asserted (they are the bench's to report).
/// </summary>
public sealed class SearchTypingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_key_typed_on_a_fresh_page_gets_its_results()
    {
        var plan = new TypingPlan(Pages: 1, QueriesPerPage: 3, KeyDelayMs: 40, WordsPerQuery: 2);

        var result = await SearchTypingRun.MeasureAsync(RelevanceInput.Named("mkdocs-material")!, RepoPaths.Corpus(), plan);

        foreach (var key in result.Keys)
        {
            output.WriteLine($"query {key.Query} key {key.Key} \"{key.Value}\": {(key.Ms is { } ms ? $"{ms:0.0} ms" : "no results")}");
        }

        Assert.Equal(3, result.Keys.Select(k => k.Query).Distinct().Count());
        Assert.True(result.Keys.Count >= 3 * 4, $"only {result.Keys.Count} keys typed");
        Assert.All(result.Keys, key => Assert.True(key.Ms is not null, $"no results after \"{key.Value}\""));
        Assert.True(Assert.Single(result.FirstKeyMainThreadMs) > 0);
    }
}
